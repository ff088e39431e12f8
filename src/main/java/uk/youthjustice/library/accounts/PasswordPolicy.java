package uk.youthjustice.library.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The NCSC's advice: long enough, not a known common password, and no composition rules
 * (they make passwords harder to remember, not harder to guess).
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("accounts/common-passwords.txt");
	}

	/** The message key saying what is wrong with the password, if anything. */
	Optional<String> problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("password.too-long");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.too-common");
		}
		return Optional.empty();
	}

	private static Set<String> load(String location) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list is missing from the build", ex);
		}
	}

}
