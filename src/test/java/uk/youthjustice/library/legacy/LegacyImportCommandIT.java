package uk.youthjustice.library.legacy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.support.PackagedJar;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/practice-library.jar import-legacy FILE... --publish}, run as
 * an operator would, once: the packaged jar against a database of its own, with a page in
 * UTF-8 with a byte order mark and one in Windows-1252. The refusals and the dry run are
 * tested without starting the jar ({@link LegacyImportCommandTests}).
 */
class LegacyImportCommandIT {

	@TempDir
	Path folder;

	@Test
	void importsThePagesPublishedPrintsTheReportAndExitsZero() throws Exception {
		String databaseUrl = TestDatabase.createFresh("legacy_import_command");
		String quirks = LegacyPageParserTests.fixture("quirks.txt");
		Path bom = Files.write(this.folder.resolve("page-1.txt"), ("\uFEFF" + quirks).getBytes(StandardCharsets.UTF_8));
		Path windows = Files.write(this.folder.resolve("page-2.txt"),
				quirks.replace("Kitchen Table", "Garden Table").getBytes(Charset.forName("windows-1252")));

		List<String> command = PackagedJar.command("import-legacy", bom.toString(), windows.toString(), "--publish",
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(),
				"--library.data-dir=" + this.folder.resolve("data"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("page-1.txt (UTF-8 with a byte order mark): 6 items, 2 noise lines dropped")
			.contains("page-2.txt (Windows-1252): 6 items, 2 noise lines dropped")
			.contains("line 7: practice example ‘Kitchen Table Mentoring’, 7 March 2016 09:15, in Practice examples")
			.contains("    warning: two Age lines: kept 12-17")
			.contains("    contact: Priya Natarajan, Westbridge Youth Offending Team "
					+ "<priya.natarajan@westbridge.example.gov.uk>: new card")
			.contains("=> imported as a published")
			.contains("=> the same item as one above: nothing new")
			.contains("=> not imported: no ‘Published in’ line, so no category: not imported")
			// The briefing without a title stays a draft even when publishing.
			.contains("=> imported as a draft")
			.contains("Imported 5 resources; 0 imported before, 4 not placed, 3 repeated; 3 new contact cards; "
					+ "new categories: none.");
		try (Connection connection = DriverManager.getConnection(databaseUrl, TestDatabase.user(),
				TestDatabase.password()); Statement statement = connection.createStatement()) {
			ResultSet published = statement
				.executeQuery("select count(*) from resource r join legacy_import_record l on l.resource_id = r.id "
						+ "where r.status = 'PUBLISHED'");
			published.next();
			assertThat(published.getLong(1)).isEqualTo(4);
		}
	}

}
