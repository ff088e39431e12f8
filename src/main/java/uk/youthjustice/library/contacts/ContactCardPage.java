package uk.youthjustice.library.contacts;

import java.util.List;

/**
 * A contact card's own page.
 *
 * @param contact the card
 * @param resources the public resources it is attached to
 */
public record ContactCardPage(ContactDetails contact, List<LinkedResource> resources) {
}
