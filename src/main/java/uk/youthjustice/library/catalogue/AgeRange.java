package uk.youthjustice.library.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The ages a practice suits, inclusive. Both ends empty means "not applicable"; one end
 * empty means open-ended.
 *
 * @param minimum the youngest age, or {@code null}
 * @param maximum the oldest age, or {@code null}
 */
@Embeddable
public record AgeRange(@Column(name = "age_min") Integer minimum, @Column(name = "age_max") Integer maximum) {

	public static final AgeRange NOT_APPLICABLE = new AgeRange(null, null);

	public AgeRange {
		if (minimum != null && maximum != null && minimum > maximum) {
			throw new IllegalArgumentException("Age range " + minimum + "-" + maximum + " ends before it starts");
		}
	}

	public boolean isApplicable() {
		return minimum != null || maximum != null;
	}

	public boolean includes(int age) {
		return isApplicable() && (minimum == null || age >= minimum) && (maximum == null || age <= maximum);
	}

}
