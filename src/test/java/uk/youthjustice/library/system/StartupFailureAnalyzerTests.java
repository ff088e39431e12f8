package uk.youthjustice.library.system;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.CoreErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureAnalyzerTests {

	private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

	@Test
	void explainsAnUnusableDataDirectory() {
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped",
				new DataDirectoryUnusableException(Path.of("/srv/library"), "it is full")));
		assertThat(analysis.getDescription()).contains("/srv/library").contains("it is full");
		assertThat(analysis.getAction()).contains("LIBRARY_DATA_DIR");
	}

	@Test
	void explainsARejectedPassword() {
		SQLException refused = new SQLException("FATAL: password authentication failed for user \"library\"", "28P01");
		FailureAnalysis analysis = this.analyzer.analyze(new RuntimeException("pool", refused));
		assertThat(analysis.getDescription()).startsWith("The database refused the user name or password");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void explainsAnUnreachableServer() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new RuntimeException(new ConnectException("Connection refused")));
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void explainsASchemaNewerThanTheCode() {
		FlywayValidateException newer = new FlywayValidateException(
				new ErrorDetails(CoreErrorCode.VALIDATE_ERROR, "Migrations have failed validation"),
				"Detected applied migration not resolved locally: 99.\nIf you removed this migration intentionally...");
		FailureAnalysis analysis = this.analyzer.analyze(new RuntimeException(newer));
		assertThat(analysis.getDescription()).contains("newer than this version")
			.contains("not resolved locally: 99.")
			.doesNotContain("intentionally");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

}
