package uk.youthjustice.library.search.index;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.search.OpenSearchSynonyms;
import uk.youthjustice.library.search.synonyms.Synonyms;

/**
 * The state of the search index, and rebuilding it from the database: one rebuild at a
 * time, in the background, while the library keeps serving. A rebuild empties the index
 * first, so search results are incomplete until it ends ({@link #isRebuilding()}). It
 * rebuilds this node's own Lucene index only.
 */
@Service
public class SearchIndex {

	/**
	 * The version of the index mapping (fields, analysers) that this code writes. Raise
	 * it when a change to the mapping needs the index rebuilt: a library that starts with
	 * an index built with another version rebuilds it.
	 */
	public static final int MAPPING_VERSION = 7;

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final IndexedResources resources;

	private final IndexDirectory directory;

	private final Synonyms synonyms;

	private final OpenSearchSynonyms openSearchSynonyms;

	private final SearchIndexProperties properties;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-index-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Rebuild> running = new AtomicReference<>();

	private volatile CompletableFuture<?> massIndexing;

	private volatile RebuildOutcome last;

	/**
	 * The fingerprint of the synonyms the whole index was built with; {@code null} while
	 * a rebuild runs, or when the marker does not say.
	 */
	private volatile String builtWithSynonyms;

	SearchIndex(EntityManagerFactory entityManagerFactory, IndexedResources resources, IndexDirectory directory,
			Synonyms synonyms, OpenSearchSynonyms openSearchSynonyms, SearchIndexProperties properties, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.resources = resources;
		this.directory = directory;
		this.synonyms = synonyms;
		this.openSearchSynonyms = openSearchSynonyms;
		this.properties = properties;
		this.clock = clock;
		this.builtWithSynonyms = directory.marker().map(IndexDirectory.Marker::synonyms).orElse(null);
	}

	/** Whether the index is being rebuilt, so that search may be missing results. */
	public boolean isRebuilding() {
		return this.running.get() != null;
	}

	/**
	 * Whether every document in the index was indexed with the synonyms that indexing
	 * applies now. Not so during a rebuild, nor when synonyms were saved and the library
	 * restarted since the last rebuild: the synonyms saved then apply from the start, to
	 * new documents only.
	 */
	public boolean builtWithAppliedSynonyms() {
		String built = this.builtWithSynonyms;
		return built != null && built.equals(this.synonyms.fingerprint());
	}

	/**
	 * Records a new index that was written as resources were saved since the library
	 * started, all of it with this mapping and the synonyms applied now.
	 */
	void markKeptUp(long documents) {
		String synonyms = this.synonyms.fingerprint();
		this.directory
			.mark(new IndexDirectory.Marker(MAPPING_VERSION, this.clock.instant(), documents, Duration.ZERO, synonyms));
		this.builtWithSynonyms = synonyms;
	}

	/**
	 * Starts rebuilding the index in the background.
	 * @param reason why
	 * @param requestedBy who asked, or {@code null} when the library itself starts it
	 * @return the rebuild, to follow
	 * @throws RebuildRefused if a rebuild is running already
	 */
	Rebuild rebuild(RebuildReason reason, String requestedBy) {
		Rebuild rebuild = new Rebuild(reason, requestedBy, new RebuildMonitor(this.clock));
		Rebuild other = this.running.compareAndExchange(null, rebuild);
		if (other != null) {
			throw new RebuildRefused(other);
		}
		log.info("Rebuilding the search index ({}{})", reason,
				(requestedBy != null) ? ", asked by " + requestedBy : "");
		try {
			this.executor.execute(() -> run(rebuild));
		}
		catch (RejectedExecutionException ex) {
			this.running.set(null);
			throw new IllegalStateException("The library is stopping: the search index cannot be rebuilt now", ex);
		}
		return rebuild;
	}

	/** The running rebuild, if one is. */
	Optional<Rebuild> running() {
		return Optional.ofNullable(this.running.get());
	}

	/** How the last rebuild since the library started ended, if one has. */
	Optional<RebuildOutcome> lastOutcome() {
		return Optional.ofNullable(this.last);
	}

	/** The index beside the database, and the last and running rebuilds. */
	IndexStatus status() {
		long documents;
		try {
			documents = this.resources.inIndex();
		}
		catch (RuntimeException ex) {
			log.warn("The search index cannot be searched: {}", ex.toString());
			documents = -1;
		}
		long size;
		try {
			size = this.resources.sizeInBytes();
		}
		catch (RuntimeException ex) {
			size = -1;
		}
		Rebuild current = this.running.get();
		return new IndexStatus(documents, this.resources.inDatabase(), this.resources.publicInDatabase(), size,
				this.directory.marker().orElse(null), this.last, (current != null) ? current.progress() : null);
	}

	private void run(Rebuild rebuild) {
		RebuildMonitor monitor = rebuild.monitor();
		String error = null;
		String synonyms = null;
		try {
			// Saved synonym changes take effect in the documents written from here on;
			// OpenSearch's analysis must have them first.
			this.builtWithSynonyms = null;
			this.synonyms.apply();
			synonyms = this.synonyms.fingerprint();
			this.openSearchSynonyms.putInIndex();
			this.directory.unmark();
			CompletableFuture<?> indexing = massIndexer(rebuild.reason(), monitor).start().toCompletableFuture();
			this.massIndexing = indexing;
			indexing.get();
		}
		catch (ExecutionException ex) {
			error = failure(ex.getCause());
		}
		catch (CancellationException ex) {
			error = "stopped because the library is shutting down";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "stopped because the library is shutting down";
		}
		catch (RuntimeException ex) {
			error = failure(ex);
		}
		finally {
			this.massIndexing = null;
		}
		RebuildOutcome outcome = new RebuildOutcome(rebuild.reason(), rebuild.requestedBy(), monitor.startedAt(),
				this.clock.instant(), monitor.indexed(), monitor.total(), monitor.failures(), error);
		if (outcome.succeeded()) {
			try {
				this.directory.mark(IndexDirectory.Marker.of(outcome, synonyms));
				this.builtWithSynonyms = synonyms;
			}
			catch (UncheckedIOException ex) {
				log.warn("The search index was rebuilt, but {}; it will be rebuilt again at the next start",
						ex.getMessage());
			}
		}
		log(outcome);
		this.last = outcome;
		this.running.set(null);
		rebuild.finished().complete(outcome);
	}

	/**
	 * Loads resources in batches on a few threads; each also runs the attachment text
	 * binder's query per resource on a connection of its own. At the end the index is
	 * merged into one segment: a search looks each of its terms up in every segment, and
	 * at 100,000 resources with the eleven segments a rebuild left, those look-ups were
	 * an eighth of the time spent matching.
	 */
	private MassIndexer massIndexer(RebuildReason reason, RebuildMonitor monitor) {
		return Search.mapping(this.entityManagerFactory)
			.scope(Resource.class)
			.massIndexer()
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(this.properties.loadingThreads())
			.batchSizeToLoadObjects(this.properties.batchSize())
			.dropAndCreateSchemaOnStart(reason.dropsFilesFirst())
			.purgeAllOnStart(!reason.dropsFilesFirst())
			.mergeSegmentsOnFinish(true)
			.monitor(monitor)
			.failureHandler(monitor);
	}

	private static String failure(Throwable failure) {
		log.error("Rebuilding the search index failed", failure);
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private static void log(RebuildOutcome outcome) {
		if (outcome.succeeded()) {
			log.info("Rebuilt the search index ({}): {} resources in {} ms", outcome.reason(), outcome.indexed(),
					outcome.duration().toMillis());
		}
		else if (outcome.error() == null) {
			log.warn("Rebuilt the search index ({}): {} resources in {} ms, but {} could not be indexed",
					outcome.reason(), outcome.indexed(), outcome.duration().toMillis(), outcome.failures());
		}
		else {
			log.warn("Rebuilding the search index ({}) failed after {} ms, with {} of {} resources indexed: {}",
					outcome.reason(), outcome.duration().toMillis(), outcome.indexed(), outcome.total(),
					outcome.error());
		}
	}

	/** Stops a running rebuild as the library stops; the next start redoes it. */
	@PreDestroy
	void stop() throws InterruptedException {
		CompletableFuture<?> indexing = this.massIndexing;
		if (indexing != null) {
			indexing.cancel(true);
		}
		this.executor.shutdownNow();
		if (!this.executor.awaitTermination(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("The search index rebuild did not stop within 30 seconds");
		}
	}

}
