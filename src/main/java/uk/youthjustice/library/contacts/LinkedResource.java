package uk.youthjustice.library.contacts;

/**
 * A resource as a contact's page lists it.
 *
 * @param slug the resource's address, under /resources/
 * @param title its title
 * @param kindLabelKey the message key naming its type ("Practice example", "Guidance")
 * @param summary one or two sentences, or {@code null}
 */
public record LinkedResource(String slug, String title, String kindLabelKey, String summary) {
}
