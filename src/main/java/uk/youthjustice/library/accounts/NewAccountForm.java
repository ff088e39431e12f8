package uk.youthjustice.library.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A new account as an administrator describes it. Unknown roles and a taken email address
 * are checked by {@link NewAccountFormValidator}.
 *
 * @param email the person's email address, used to sign in
 * @param displayName the name shown in the history of changes
 * @param roles the names of the roles to grant, at least one
 */
record NewAccountForm(
		@NotBlank(message = "{accounts.new-user.email.required}") @Size(max = 254,
				message = "{accounts.new-user.email.too-long}") @EmailAddress(
						message = "{accounts.new-user.email.invalid}") String email,
		@NotBlank(message = "{accounts.new-user.display-name.required}") @Size(max = 200,
				message = "{accounts.new-user.display-name.too-long}") String displayName,
		@NotEmpty(message = "{accounts.new-user.roles.required}") List<String> roles) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", List.of());
	}

	/** The roles asked for; call only once the form is valid. */
	Set<Role> grantedRoles() {
		Set<Role> granted = EnumSet.noneOf(Role.class);
		this.roles.forEach((role) -> granted.add(Role.valueOf(role)));
		return granted;
	}

}
