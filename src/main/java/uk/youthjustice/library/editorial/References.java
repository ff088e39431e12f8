package uk.youthjustice.library.editorial;

import java.util.List;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * The entities a form's ids and addresses name, looked up by {@link Editing}.
 *
 * @param category the category
 * @param topics the topics
 * @param evidence the evidence classification, or null
 * @param contacts the contact cards to attach, in order, new ones included
 * @param sourceOrganisation the source organisation's card, or null
 * @param replaces the resource this one replaces, or null
 */
record References(Category category, List<Topic> topics, EvidenceClassification evidence, List<ContactCard> contacts,
		ContactCard sourceOrganisation, Resource replaces) {
}
