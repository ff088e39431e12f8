package uk.youthjustice.library.contacts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The contact directory: cards grouped by region, then by organisation, with the region
 * filter's choices.
 *
 * @param regions the region filter's choices, without "All regions"
 * @param unknownRegion whether the region asked for matched none, so all are shown
 * @param contactCount how many cards are shown
 * @param organisationCount how many organisations they belong to
 * @param groups the cards by region, alphabetically, cards without a region last
 */
public record ContactDirectoryPage(List<RegionOption> regions, boolean unknownRegion, int contactCount,
		int organisationCount, List<RegionGroup> groups) {

	/** The filter value for cards without a region; no region name is written like it. */
	public static final String NOT_RECORDED = "not-recorded";

	/** Whether one region is chosen rather than all. */
	public boolean filtered() {
		return this.regions.stream().anyMatch(RegionOption::selected);
	}

	/**
	 * Groups cards for display.
	 * @param regions the filter's choices
	 * @param unknownRegion whether the region asked for was not one of them
	 * @param cards the cards to show, in any order
	 */
	static ContactDirectoryPage of(List<RegionOption> regions, boolean unknownRegion, List<ContactDetails> cards) {
		Comparator<String> text = alphabetical();
		List<RegionGroup> groups = new ArrayList<>();
		List<String> organisations = new ArrayList<>();
		for (ContactDetails card : cards.stream().sorted(order(text)).toList()) {
			if (groups.isEmpty() || text.compare(groups.get(groups.size() - 1).name(), card.region()) != 0) {
				groups.add(new RegionGroup(card.region(), new ArrayList<>()));
			}
			List<OrganisationGroup> inRegion = groups.get(groups.size() - 1).organisations();
			if (inRegion.isEmpty()
					|| text.compare(inRegion.get(inRegion.size() - 1).name(), card.organisation()) != 0) {
				inRegion.add(new OrganisationGroup(card.organisation(), new ArrayList<>()));
			}
			inRegion.get(inRegion.size() - 1).contacts().add(card);
			if (organisations.stream().noneMatch((name) -> text.compare(name, card.organisation()) == 0)) {
				organisations.add(card.organisation());
			}
		}
		return new ContactDirectoryPage(regions, unknownRegion, cards.size(), organisations.size(), groups);
	}

	/**
	 * Alphabetical order as a reader expects it: ignoring case, missing values last.
	 */
	static Comparator<String> alphabetical() {
		Collator collator = Collator.getInstance(Locale.UK);
		collator.setStrength(Collator.SECONDARY);
		return Comparator.nullsLast(collator::compare);
	}

	private static Comparator<ContactDetails> order(Comparator<String> text) {
		return Comparator.comparing(ContactDetails::region, text)
			.thenComparing(ContactDetails::organisation, text)
			.thenComparing(ContactDetails::personName, text)
			.thenComparing(ContactDetails::slug);
	}

	/**
	 * One choice of the region filter.
	 *
	 * @param value the parameter value
	 * @param name the region, or {@code null} for "Region not recorded"
	 * @param selected whether it is the region shown
	 */
	public record RegionOption(String value, String name, boolean selected) {
	}

	/**
	 * The organisations in one region.
	 *
	 * @param name the region, or {@code null} for cards without one
	 * @param organisations alphabetically
	 */
	public record RegionGroup(String name, List<OrganisationGroup> organisations) {
	}

	/**
	 * The cards of one organisation.
	 *
	 * @param name the organisation
	 * @param contacts its cards, by person's name
	 */
	public record OrganisationGroup(String name, List<ContactDetails> contacts) {
	}

}
