package uk.youthjustice.library.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How {@code db/backup-common.sh} turns the library's settings into libpq's: the scripts
 * must connect where the library does, and refuse settings they cannot follow.
 */
class BackupSettingsTests {

	private static final String PRINT = "source db/backup-common.sh && resolve_connection && "
			+ "printf '%s|%s|%s|%s|%s|%s' \"$PGHOST\" \"$PGPORT\" \"$PGDATABASE\" \"$PGUSER\" \"${PGPASSWORD:-}\" "
			+ "\"${PGSSLMODE:-}\"";

	@Test
	void aJdbcUrlGivesHostPortDatabaseAndItsParameters() throws Exception {
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://db.example:6543/practice?sslmode=require&user=reader&password=secret")))
			.isEqualTo(new Result(0, "db.example|6543|practice|reader|secret|require"));
	}

	@Test
	void theLibrarysUserAndPasswordWinOverTheUrlsAndLibpqs() throws Exception {
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example/practice?user=reader",
				"SPRING_DATASOURCE_USERNAME", "library", "SPRING_DATASOURCE_PASSWORD", "pw", "PGUSER", "other",
				"PGHOST", "elsewhere")))
			.isEqualTo(new Result(0, "db.example|5432|practice|library|pw|"));
	}

	@Test
	void severalHostsAndIpv6AddressesBecomeLibpqLists() throws Exception {
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://[::1]:5433,db2/practice")))
			.isEqualTo(new Result(0, "::1,db2|5433,5432|practice|library||"));
	}

	@Test
	void withoutAUrlLibpqsVariablesAndThenThePostgresProfilesDefaultsApply() throws Exception {
		assertThat(resolve(Map.of("PGHOST", "db.internal", "PGDATABASE", "lib", "PGPASSWORD", "pw")))
			.isEqualTo(new Result(0, "db.internal|5432|lib|library|pw|"));
		assertThat(resolve(Map.of())).isEqualTo(new Result(0, "localhost|5432|library|library||"));
	}

	@Test
	void urlsTheScriptsCannotFollowAreRefusedWithAReason() throws Exception {
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:./data/database/library")))
			.satisfies((result) -> assertThat(result.status()).isEqualTo(2))
			.satisfies((result) -> assertThat(result.output()).contains("is an H2 database")
				.contains("stop it and copy its whole data directory"));
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example"))).isEqualTo(new Result(2,
				"SPRING_DATASOURCE_URL names no database (jdbc:postgresql://host:port/database): jdbc:postgresql://db.example"));
		assertThat(resolve(Map.of("SPRING_DATASOURCE_URL", "jdbc:mysql://db.example/library")).status()).isEqualTo(2);
	}

	private static Result resolve(Map<String, String> settings) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
				"bash is not installed");
		ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", PRINT)).redirectErrorStream(true);
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("PG") || name.startsWith("SPRING_") || name.startsWith("LIBRARY_"));
		builder.environment().putAll(settings);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int status, String output) {

	}

}
