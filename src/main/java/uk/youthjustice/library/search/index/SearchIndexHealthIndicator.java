package uk.youthjustice.library.search.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code searchIndex} health check, part of readiness. An index that cannot be
 * searched is DOWN. A rebuild leaves it UP, with {@code rebuilding: true}: the node still
 * serves every page and search answers, only with results missing until the rebuild ends,
 * and taking every node out of service at once while each rebuilds would be worse
 * (docs/decisions/0022).
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

	private final SearchIndex index;

	private final IndexedResources resources;

	SearchIndexHealthIndicator(SearchIndex index, IndexedResources resources) {
		this.index = index;
		this.resources = resources;
	}

	@Override
	public Health health() {
		boolean rebuilding = this.index.isRebuilding();
		try {
			long documents = this.resources.inIndex();
			return Health.up()
				.withDetail("documents", documents)
				.withDetail("rebuilding", rebuilding)
				.withDetail("mappingVersion", SearchIndex.MAPPING_VERSION)
				.build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("rebuilding", rebuilding).build();
		}
	}

}
