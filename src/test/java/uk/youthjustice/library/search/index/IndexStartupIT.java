package uk.youthjustice.library.search.index;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.support.AttachmentTableLock;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At start-up a missing, unreadable or outdated index is rebuilt in the background while
 * the library serves, and a healthy one is left alone. One library (its own database and
 * data directory) is restarted after each kind of damage; each rebuild is held at its
 * first resource (an {@link AttachmentTableLock} taken as the application has started)
 * while the test checks that the site serves meanwhile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexStartupIT {

	/** A word in several demo resources' titles and summaries. */
	private static final String QUERY = "/search?q=resettlement";

	@TempDir
	static Path dataDir;

	private static String databaseUrl;

	@BeforeAll
	static void aLibraryWithItsDemoContent() {
		databaseUrl = TestDatabase.createFresh("index_startup");
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(ExtractionWorker.class).runUntilIdle();
			assertThat(first.getBean(SearchIndex.class).isRebuilding()).isFalse();
			// A new index that kept up with the demo content as it was saved needs no
			// rebuild: it only gets its marker.
			assertThat(first.getBean(IndexDirectory.class).marker()).hasValueSatisfying(
					(marker) -> assertThat(marker.mappingVersion()).isEqualTo(SearchIndex.MAPPING_VERSION));
			assertThat(resultLinks(first)).isNotEmpty();
		}
	}

	@Test
	@Order(1)
	void aHealthyIndexIsLeftAlone() {
		try (ConfigurableApplicationContext library = start()) {
			assertThat(library.getBean(SearchIndex.class).isRebuilding()).isFalse();
			assertThat(library.getBean(SearchIndex.class).lastOutcome()).isEmpty();
			assertThat(resultLinks(library)).isNotEmpty();
		}
	}

	@Test
	@Order(2)
	void aDeletedIndexDirectoryIsRebuiltWhileTheLibraryServes() throws Exception {
		deleteRecursively(dataDir.resolve("index"));
		assertRebuiltAtStart(RebuildReason.MISSING);
	}

	@Test
	@Order(3)
	void garbageInTheIndexIsMovedAsideAndRebuilt() throws Exception {
		Random random = new Random(42);
		try (Stream<Path> files = Files.list(dataDir.resolve("index").resolve("resource"))) {
			for (Path file : files.toList()) {
				byte[] garbage = new byte[(int) Math.max(64, Files.size(file))];
				random.nextBytes(garbage);
				Files.write(file, garbage);
			}
		}
		assertRebuiltAtStart(RebuildReason.BROKEN);
		try (Stream<Path> entries = Files.list(dataDir)) {
			assertThat(entries.map((entry) -> entry.getFileName().toString()))
				.anyMatch((name) -> name.startsWith("index.broken-"));
		}
	}

	@Test
	@Order(4)
	void anIndexBuiltWithAnotherMappingVersionIsRebuilt() throws Exception {
		Path marker = dataDir.resolve("index").resolve(IndexDirectory.MARKER);
		String text = Files.readString(marker);
		assertThat(text).contains("mapping-version=" + SearchIndex.MAPPING_VERSION);
		Files.writeString(marker, text.replace("mapping-version=" + SearchIndex.MAPPING_VERSION,
				"mapping-version=" + (SearchIndex.MAPPING_VERSION - 1)));
		assertRebuiltAtStart(RebuildReason.OUTDATED);
	}

	private static void assertRebuiltAtStart(RebuildReason reason) throws Exception {
		AtomicReference<AttachmentTableLock> lock = new AtomicReference<>();
		ConfigurableApplicationContext library = null;
		try {
			// Once the context has started (Hibernate's schema check would wait for the
			// lock too) and before the start-up check.
			ApplicationListener<ApplicationStartedEvent> holdTheRebuild = (started) -> lock.set(lockAttachments());
			library = LibraryProcess.start(dataDir, List.of(holdTheRebuild), LibraryProcess.postgres(databaseUrl));
			SearchIndex index = library.getBean(SearchIndex.class);
			assertThat(index.isRebuilding()).isTrue();
			Rebuild rebuild = index.running().orElseThrow();
			assertThat(rebuild.reason()).isEqualTo(reason);
			lock.get().awaitRebuildHeld();
			HttpResponse<String> page = LocalHttp.getPage(port(library), QUERY);
			assertThat(page.statusCode()).isEqualTo(200);

			lock.get().close();
			RebuildOutcome outcome = rebuild.finished().get(2, TimeUnit.MINUTES);

			assertThat(outcome.succeeded()).as(outcome.toString()).isTrue();
			assertThat(outcome.indexed()).isEqualTo(library.getBean(IndexedResources.class).inDatabase());
			assertThat(index.isRebuilding()).isFalse();
			assertThat(resultLinks(library)).isNotEmpty();
			assertThat(library.getBean(IndexDirectory.class).marker()).hasValueSatisfying(
					(marker) -> assertThat(marker.mappingVersion()).isEqualTo(SearchIndex.MAPPING_VERSION));
		}
		finally {
			if (lock.get() != null) {
				lock.get().close();
			}
			if (library != null) {
				library.close();
			}
		}
	}

	private static AttachmentTableLock lockAttachments() {
		try {
			return AttachmentTableLock.hold(databaseUrl);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start() {
		return LibraryProcess.start(dataDir, LibraryProcess.postgres(databaseUrl));
	}

	private static List<String> resultLinks(ConfigurableApplicationContext library) {
		HttpResponse<String> page = LocalHttp.getPage(port(library), QUERY);
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select(".library-hit h3 a").eachAttr("href");
	}

	private static int port(ConfigurableApplicationContext library) {
		return ((WebServerApplicationContext) library).getWebServer().getPort();
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
