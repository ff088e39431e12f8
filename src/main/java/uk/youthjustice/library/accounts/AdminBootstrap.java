package uk.youthjustice.library.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.system.LibraryProperties;

/**
 * Makes sure someone can administer a new library, without a default password: the
 * configured administrator is created, or else a one-time setup link is logged.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final LibraryProperties properties;

	AdminBootstrap(Accounts accounts, LibraryProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAdministrator()) {
			return;
		}
		LibraryProperties.Admin admin = this.properties.admin();
		if (admin.isConfigured()) {
			String problem = this.accounts.passwordProblem(admin.password()).orElse(null);
			if (problem == null) {
				this.accounts.createAdministrator(admin.email(), "Administrator", admin.password());
				log.info("Created the administrator {} from library.admin settings.", admin.email());
				return;
			}
			log.error(
					"library.admin.password was not used ({}): it must be at least {} characters and not a "
							+ "common password. Use the setup link below instead, or set a better one and restart.",
					problem, PasswordPolicy.MINIMUM_LENGTH);
		}
		String token = this.accounts.issueFirstAdministratorToken();
		log.warn("No administrator exists yet. Create one within {} days at {}/account/setup/{}",
				Accounts.SETUP_LINK_LIFETIME.toDays(), this.properties.baseUrl(), token);
	}

}
