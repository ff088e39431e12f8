package uk.youthjustice.library.dashboard;

import java.time.LocalDate;

/**
 * A contact card on the "not verified" lists.
 *
 * @param id the card's id, for its edit page
 * @param organisation the organisation it names
 * @param personName the person it names, or {@code null}
 * @param lastVerifiedOn when an editor last checked it, or {@code null} if never
 */
record ContactRow(long id, String organisation, String personName, LocalDate lastVerifiedOn) {

}
