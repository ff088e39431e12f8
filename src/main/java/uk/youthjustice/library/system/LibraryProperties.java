package uk.youthjustice.library.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code library.*}.
 *
 * @param dataDir where the embedded database, the search index and stored files live
 * @param minFreeSpace the least free space the data directory must have at start-up
 * @param demoContent whether an empty library is filled with demo content on first start
 * @param baseUrl the public address, used in links the application prints or sends
 * @param admin the first administrator, created when none exists
 */
@ConfigurationProperties("library")
public record LibraryProperties(Path dataDir, DataSize minFreeSpace, boolean demoContent, String baseUrl, Admin admin) {

	public LibraryProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		minFreeSpace = (minFreeSpace != null) ? minFreeSpace : DataSize.ofMegabytes(100);
		baseUrl = (baseUrl != null) ? baseUrl : "http://localhost:8080";
		admin = (admin != null) ? admin : new Admin(null, null);
	}

	/**
	 * The first administrator's sign-in, for unattended installs.
	 *
	 * @param email the administrator's email address
	 * @param password the administrator's password
	 */
	public record Admin(String email, String password) {

		public boolean isConfigured() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}

	}

}
