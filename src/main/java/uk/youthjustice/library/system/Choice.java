package uk.youthjustice.library.system;

/**
 * One option of a radios or select field, as the GOV.UK fragments render it.
 *
 * @param value what the form sends back
 * @param label what the person reads, already resolved (a category's name, or a message
 * resolved by the controller's MessageSource)
 */
public record Choice(String value, String label) {
}
