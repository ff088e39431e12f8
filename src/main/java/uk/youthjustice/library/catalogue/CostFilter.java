package uk.youthjustice.library.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The cost filter's choices. Resources that do not state a cost match neither. */
public enum CostFilter {

	FREE("free", CostKind.NONE), HAS_COST("has-cost", CostKind.HAS_COST);

	private final String parameter;

	private final CostKind kind;

	CostFilter(String parameter, CostKind kind) {
		this.parameter = parameter;
		this.kind = kind;
	}

	public String parameter() {
		return this.parameter;
	}

	public CostKind kind() {
		return this.kind;
	}

	public static Optional<CostFilter> fromParameter(String value) {
		return Arrays.stream(values()).filter((cost) -> cost.parameter.equals(value)).findFirst();
	}

}
