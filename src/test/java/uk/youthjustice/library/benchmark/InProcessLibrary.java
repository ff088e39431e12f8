package uk.youthjustice.library.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.search.LibrarySearch;
import uk.youthjustice.library.search.SearchPage;
import uk.youthjustice.library.search.SearchParameters;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.TestDatabase;

/**
 * The library started in this JVM as {@code java -jar} would start it (no test profile),
 * on PostgreSQL with the demo content, so that a test can call the search service itself
 * and rebuild the index: the service-level half of the search benchmark, and the fast
 * relevance test.
 */
final class InProcessLibrary implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final LibrarySearch search;

	private InProcessLibrary(ConfigurableApplicationContext context) {
		this.context = context;
		this.search = context.getBean(LibrarySearch.class);
	}

	/**
	 * Starts the library on an empty database, waits for the demo content and for its
	 * attached files to be read.
	 * @param databaseUrl JDBC URL of an empty database
	 * @param dataDir an empty data directory (the index goes under it)
	 */
	static InProcessLibrary start(String databaseUrl, Path dataDir) {
		String[] database = LibraryProcess.postgres(databaseUrl);
		ConfigurableApplicationContext context = LibraryProcess.start(dataDir, "spring.profiles.active=postgres",
				database[0], database[1], database[2], "library.demo-content=true", "server.address=127.0.0.1");
		context.getBean(ExtractionWorker.class).runUntilIdle();
		return new InProcessLibrary(context);
	}

	/** Starts it on a fresh database of the test server. */
	static InProcessLibrary startFresh(String purpose, Path dataDir) {
		return start(TestDatabase.createFresh(purpose), dataDir);
	}

	/**
	 * Rebuilds the whole index from the database with Hibernate Search's mass indexer.
	 * @param threadsToLoadObjects loading threads
	 * @param batchSizeToLoadObjects entities a loading batch
	 * @return how long it took
	 */
	Duration reindex(int threadsToLoadObjects, int batchSizeToLoadObjects) throws InterruptedException {
		long started = System.nanoTime();
		Search.mapping(this.context.getBean(EntityManagerFactory.class))
			.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(threadsToLoadObjects)
			.batchSizeToLoadObjects(batchSizeToLoadObjects)
			.startAndWait();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** A search for these words, no filters, as the search page makes it. */
	Answer search(String words) {
		SearchPage page = this.search.search(SearchParameters.words(words));
		return new Answer(page.hits().stream().map((hit) -> hit.resource().slug()).toList(), page.total());
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * A search's first page of results and how many there are in all.
	 *
	 * @param slugs the first page, best first
	 * @param total results in all
	 */
	record Answer(List<String> slugs, long total) {
	}

}
