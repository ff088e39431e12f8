package uk.youthjustice.library.editorial;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A contact card typed into the resource form, created when the resource is saved. Blank
 * in every box means "no new card".
 *
 * @param organisation the service or body, such as "Sheffield Youth Justice Service"
 * @param personName whom to ask, if anyone in particular
 * @param role what that person does
 * @param telephone their telephone number, as written
 * @param email their email address
 * @param region where the organisation works
 */
public record NewContactForm(
		@Size(max = 200, message = "{editorial.new-contact.organisation.too-long}") String organisation,
		@Size(max = 200, message = "{editorial.new-contact.person.too-long}") String personName,
		@Size(max = 200, message = "{editorial.new-contact.role.too-long}") String role,
		@Size(max = 60, message = "{editorial.new-contact.telephone.too-long}") String telephone,
		@Size(max = 254, message = "{editorial.new-contact.email.too-long}") @Email(
				message = "{editorial.new-contact.email.invalid}") String email,
		@Size(max = 100, message = "{editorial.new-contact.region.too-long}") String region) {

	public static final NewContactForm EMPTY = new NewContactForm(null, null, null, null, null, null);

	/** Whether anything was typed in any box. */
	public boolean isFilledIn() {
		return hasText(this.organisation) || hasText(this.personName) || hasText(this.role) || hasText(this.telephone)
				|| hasText(this.email) || hasText(this.region);
	}

	static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
