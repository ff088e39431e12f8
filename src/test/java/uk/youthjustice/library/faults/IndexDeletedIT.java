package uk.youthjustice.library.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.support.AttachmentTableLock;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index directory deleted while the library runs. What it proves: the library notices
 * within its watch interval (one second here) and rebuilds the index from the database by
 * itself; meanwhile search answers 200 with the banner saying the index is being rebuilt;
 * afterwards search gives the same results as before the deletion, the index is back on
 * disk, and nothing in the database changed.
 * <p>
 * The rebuild is held at its first resource ({@link AttachmentTableLock}), so that the
 * test sees it running: the demo library is otherwise rebuilt in a moment.
 */
class IndexDeletedIT {

	private static final String QUERY = "/search?q=resettlement";

	@TempDir
	static Path dataDir;

	private static String databaseUrl;

	private static ConfigurableApplicationContext library;

	@BeforeAll
	static void aRunningLibrary() {
		databaseUrl = TestDatabase.createFresh("index_deleted");
		library = LibraryProcess.start(dataDir, settings());
		library.getBean(ExtractionWorker.class).runUntilIdle();
	}

	private static String[] settings() {
		String[] postgres = LibraryProcess.postgres(databaseUrl);
		String[] all = java.util.Arrays.copyOf(postgres, postgres.length + 1);
		all[postgres.length] = "library.search.index.watch-interval=1s";
		return all;
	}

	@AfterAll
	static void stop() {
		if (library != null) {
			library.close();
		}
	}

	@Test
	void aDeletedIndexIsNoticedAndRebuiltWhileSearchSaysSo() throws Exception {
		int port = ((WebServerApplicationContext) library).getWebServer().getPort();
		SearchIndex index = library.getBean(SearchIndex.class);
		JdbcTemplate jdbc = library.getBean(JdbcTemplate.class);
		List<String> before = resultLinks(port);
		assertThat(before).isNotEmpty();
		List<java.util.Map<String, Object>> resourcesBefore = jdbc
			.queryForList("select id, title, version from resource order by id");

		try (AttachmentTableLock lock = AttachmentTableLock.hold(databaseUrl)) {
			deleteRecursively(dataDir.resolve("index"));

			Poll.until(Duration.ofSeconds(10), index::isRebuilding, Boolean::booleanValue, "a rebuild");
			lock.awaitRebuildHeld();
			HttpResponse<String> during = LocalHttp.getPage(port, QUERY);
			assertThat(during.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(during.body()).text()).contains("The search index is being rebuilt");
		}

		Poll.until(Duration.ofMinutes(2), index::isRebuilding, (rebuilding) -> !rebuilding, "the rebuild's end");
		assertThat(resultLinks(port)).containsExactlyElementsOf(before);
		assertThat(Jsoup.parse(LocalHttp.getPage(port, QUERY).body()).text())
			.doesNotContain("The search index is being rebuilt");
		assertThat(dataDir.resolve("index").resolve("resource")).isDirectory();
		assertThat(jdbc.queryForList("select id, title, version from resource order by id")).isEqualTo(resourcesBefore);
	}

	private static List<String> resultLinks(int port) {
		HttpResponse<String> page = LocalHttp.getPage(port, QUERY);
		assertThat(page.statusCode()).isEqualTo(200);
		// Each link counts a click on this search: only the resource it leads to is
		// compared.
		return Jsoup.parse(page.body())
			.select(".library-hit h3 a")
			.eachAttr("href")
			.stream()
			.map((link) -> link.substring(link.indexOf("&to=") + 4))
			.toList();
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
