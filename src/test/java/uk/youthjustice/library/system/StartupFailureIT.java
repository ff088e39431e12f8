package uk.youthjustice.library.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** Start-up problems an operator can fix stop the library with a plain explanation. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

	@TempDir
	Path dataDir;

	@Test
	void refusedDatabaseAccountIsExplained(CapturedOutput output) {
		String url = TestDatabase.createFresh("refused");
		assertThatException().isThrownBy(() -> LibraryProcess.start(this.dataDir, "spring.datasource.url=" + url,
				"spring.datasource.username=no_such_library_user", "spring.datasource.password=wrong"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The database refused the user name or password")
			.contains("SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void schemaNewerThanTheCodeIsLeftAlone(CapturedOutput output) throws Exception {
		String url = TestDatabase.createFresh("newer");
		LibraryProcess.start(this.dataDir, with(LibraryProcess.postgres(url), "library.demo-content=false")).close();
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement()) {
			statement.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
					+ "checksum, installed_by, execution_time, success) values (99, '99', 'from the future', 'SQL', "
					+ "'V99__from_the_future.sql', 0, 'test', 0, true)");
		}

		assertThatException().isThrownBy(() -> LibraryProcess.start(this.dataDir, LibraryProcess.postgres(url)));

		assertThat(output).contains("The database schema is newer than this version of the library")
			.contains("not resolved locally: 99");
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery("select count(*) from flyway_schema_history where version = '99'");
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
	}

	@Test
	void unusableDataDirectoryIsExplained(CapturedOutput output) throws Exception {
		Path notADirectory = Files.writeString(this.dataDir.resolve("file"), "x");
		assertThatException().isThrownBy(() -> LibraryProcess.start(notADirectory.resolve("data")));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("cannot be used")
			.contains("LIBRARY_DATA_DIR");
	}

	private static String[] with(String[] settings, String extra) {
		String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
		all[settings.length] = extra;
		return all;
	}

}
