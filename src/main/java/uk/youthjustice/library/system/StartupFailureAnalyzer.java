package uk.youthjustice.library.system;

import java.net.ConnectException;
import java.sql.SQLException;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns the start-up failures an operator can fix into one plain description and action,
 * printed by Spring Boot without a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer implements FailureAnalyzer {

	private static final String AUTHENTICATION_FAILED = "28P01";

	private static final String INVALID_AUTHORIZATION = "28000";

	private static final String NOT_RESOLVED_LOCALLY = "not resolved locally";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof DataDirectoryUnusableException ex) {
			return new FailureAnalysis(ex.getMessage(),
					"Point LIBRARY_DATA_DIR (or library.data-dir) at a writable directory with free space, "
							+ "or fix the permissions and free space of " + ex.dataDir() + ".",
					ex);
		}
		if (cause instanceof SQLException ex && isAuthenticationFailure(ex)) {
			return new FailureAnalysis("The database refused the user name or password: " + ex.getMessage(),
					"Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to the library's database account.",
					ex);
		}
		if (cause instanceof ConnectException ex) {
			return new FailureAnalysis("The database server could not be reached: " + ex.getMessage(),
					"Start PostgreSQL (docker compose up -d db) or set SPRING_DATASOURCE_URL to a running server.", ex);
		}
		if (cause instanceof FlywayValidateException ex && isSchemaNewer(ex)) {
			return new FailureAnalysis(
					"The database schema is newer than this version of the library, "
							+ "so it was left untouched. Flyway reported: " + unknownMigrationLine(ex.getMessage()),
					"Run the release of the library that created this database, or restore a backup taken "
							+ "before the upgrade.",
					ex);
		}
		return null;
	}

	private static boolean isAuthenticationFailure(SQLException ex) {
		return AUTHENTICATION_FAILED.equals(ex.getSQLState()) || INVALID_AUTHORIZATION.equals(ex.getSQLState())
				|| String.valueOf(ex.getMessage()).startsWith("Wrong user name or password");
	}

	private static boolean isSchemaNewer(FlywayValidateException ex) {
		return String.valueOf(ex.getMessage()).contains(NOT_RESOLVED_LOCALLY);
	}

	// Flyway's message runs to several lines of advice; the line naming the version is
	// the news.
	private static String unknownMigrationLine(String message) {
		return String.valueOf(message)
			.lines()
			.filter((line) -> line.contains(NOT_RESOLVED_LOCALLY))
			.findFirst()
			.orElse("")
			.strip();
	}

}
