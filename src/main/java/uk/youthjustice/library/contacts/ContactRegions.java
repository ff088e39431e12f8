package uk.youthjustice.library.contacts;

import java.util.List;

/**
 * The regions an editor can give a contact card: England's nine, Wales, and "National"
 * for organisations that work everywhere. Stored as written here, since the public
 * directory shows the stored name. Cards imported with another name keep it until an
 * editor chooses one of these.
 */
final class ContactRegions {

	static final List<String> ALL = List.of("North East", "North West", "Yorkshire and the Humber", "East Midlands",
			"West Midlands", "East of England", "London", "South East", "South West", "Wales", "National");

	private ContactRegions() {
	}

	static boolean isStandard(String region) {
		return ALL.contains(region);
	}

}
