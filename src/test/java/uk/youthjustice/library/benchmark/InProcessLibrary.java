package uk.youthjustice.library.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.search.LibrarySearch;
import uk.youthjustice.library.search.SearchPage;
import uk.youthjustice.library.search.SearchParameters;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.system.LibraryCommand;

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
	 * @param settings more settings, {@code name=value}
	 */
	static InProcessLibrary start(String databaseUrl, Path dataDir, String... settings) {
		List<String> all = new ArrayList<>(List.of(LibraryProcess.postgres(databaseUrl)));
		all.addAll(List.of("spring.profiles.active=postgres", "library.demo-content=true", "server.address=127.0.0.1"));
		all.addAll(List.of(settings));
		ConfigurableApplicationContext context = LibraryProcess.start(dataDir, all.toArray(String[]::new));
		context.getBean(ExtractionWorker.class).runUntilIdle();
		return new InProcessLibrary(context);
	}

	/**
	 * Rebuilds the whole index from the database as {@code java -jar practice-library.jar
	 * reindex} does, with its settings ({@code library.search.index.*}), once a rebuild
	 * the library started by itself (an empty index at start-up) has finished.
	 * @return how long it took
	 */
	Duration reindex() {
		awaitNoRebuild();
		LibraryCommand reindex = this.context.getBeansOfType(LibraryCommand.class)
			.values()
			.stream()
			.filter((command) -> AopUtils.getTargetClass(command)
				.getAnnotation(LibraryCommand.Named.class)
				.name()
				.equals("reindex"))
			.findFirst()
			.orElseThrow();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		long started = System.nanoTime();
		int status = reindex.run(List.of(), new PrintStream(output, true, StandardCharsets.UTF_8));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		if (status != LibraryCommand.SUCCEEDED) {
			throw new IllegalStateException("reindex failed:\n" + output.toString(StandardCharsets.UTF_8));
		}
		return took;
	}

	void awaitNoRebuild() {
		SearchIndex index = this.context.getBean(SearchIndex.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (index.isRebuilding()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The library's own rebuild of the index took over 10 minutes");
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	/** A search for these words, no filters, as the search page makes it. */
	Answer search(String words) {
		SearchPage page = this.search.search(SearchParameters.words(words));
		return new Answer(page.hits().stream().map((hit) -> hit.slug()).toList(), page.total());
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
