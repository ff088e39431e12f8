package uk.youthjustice.library.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory holding the Lucene indexes ({@code <data-dir>/index}, one sub-directory
 * an index) and the marker saying which mapping version built them.
 * <p>
 * Hibernate Search starts whatever it finds there: a missing index is created empty, but
 * an unreadable one starts too, and every search then fails (‘HSEARCH000284: Unable to
 * open index readers’). So before Hibernate Search starts, each index is opened once with
 * Lucene; one that cannot be opened is moved aside whole to {@code index.broken-<time>},
 * for a look later, and Hibernate Search creates an empty index in its place, which the
 * start-up check then rebuilds.
 */
class IndexDirectory {

	/** The marker's file name, beside the index directories. */
	static final String MARKER = "index-version.properties";

	private static final String VERSION = "mapping-version";

	private static final String BUILT_AT = "built-at";

	private static final String DOCUMENTS = "documents";

	private static final String TOOK = "took";

	private static final String SYNONYMS = "synonyms";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(IndexDirectory.class);

	private final Path root;

	private final Found found;

	private final Path movedTo;

	private IndexDirectory(Path root, Found found, Path movedTo) {
		this.root = root;
		this.found = found;
		this.movedTo = movedTo;
	}

	/**
	 * Looks at the directory as the library starts, moving it aside if an index in it
	 * cannot be read.
	 * @param root where Hibernate Search keeps its indexes
	 * @param clock for the name of a directory moved aside
	 * @return the directory, with what was found there
	 */
	static IndexDirectory check(Path root, Clock clock) {
		Path absolute = root.toAbsolutePath().normalize();
		List<String> problems = new ArrayList<>();
		boolean anyIndex = false;
		for (Path index : indexes(absolute)) {
			Optional<String> problem = problem(index);
			if (problem.isPresent()) {
				problems.add(index.getFileName() + ": " + problem.get());
			}
			else if (hasFiles(index)) {
				anyIndex = true;
			}
		}
		if (!problems.isEmpty()) {
			Path aside = absolute.resolveSibling(absolute.getFileName() + ".broken-" + STAMP.format(clock.instant()));
			move(absolute, aside);
			log.warn("The search index in {} could not be read ({}). It has been moved to {} and will be rebuilt "
					+ "from the database once the library has started; search results are incomplete until then.",
					absolute, String.join("; ", problems), aside);
			return new IndexDirectory(absolute, Found.MOVED_ASIDE, aside);
		}
		return new IndexDirectory(absolute, anyIndex ? Found.PRESENT : Found.MISSING, null);
	}

	/** What a healthy index lacks: empty if it opens, or holds nothing at all. */
	private static Optional<String> problem(Path index) {
		if (!hasFiles(index)) {
			return Optional.empty();
		}
		try (Directory directory = FSDirectory.open(index)) {
			if (!DirectoryReader.indexExists(directory)) {
				return Optional.of("files but no commit point");
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return Optional.empty();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(ex.toString());
		}
	}

	/** Any file but the lock file, which a stopped library may leave behind. */
	private static boolean hasFiles(Path index) {
		try (Stream<Path> files = Files.list(index)) {
			return files.anyMatch((file) -> !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
		}
		catch (IOException ex) {
			// Unlistable: let the reader say why.
			return true;
		}
	}

	private static List<Path> indexes(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(root)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index directory " + root + " cannot be listed", ex);
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index in " + from + " cannot be read, and it could not be "
					+ "moved aside to " + to + ": delete or move " + from + " and start the library again", ex);
		}
	}

	Path root() {
		return this.root;
	}

	/** What was there as the library started. */
	Found found() {
		return this.found;
	}

	/** Where an unreadable index was moved, if it was. */
	Optional<Path> movedTo() {
		return Optional.ofNullable(this.movedTo);
	}

	/** What the marker says about the last complete rebuild, if there is one. */
	Optional<Marker> marker() {
		Path file = this.root.resolve(MARKER);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			return Optional.of(new Marker(Integer.parseInt(properties.getProperty(VERSION, "").strip()),
					Instant.parse(properties.getProperty(BUILT_AT, "").strip()),
					Long.parseLong(properties.getProperty(DOCUMENTS, "0").strip()),
					Duration.parse(properties.getProperty(TOOK, "PT0S").strip()), properties.getProperty(SYNONYMS)));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The search index marker {} cannot be read ({}); it is taken as missing", file, ex.toString());
			return Optional.empty();
		}
	}

	/** Records a complete rebuild; written whole or not at all. */
	void mark(Marker marker) {
		Properties properties = new Properties();
		properties.setProperty(VERSION, Integer.toString(marker.mappingVersion()));
		properties.setProperty(BUILT_AT, marker.builtAt().toString());
		properties.setProperty(DOCUMENTS, Long.toString(marker.documents()));
		properties.setProperty(TOOK, marker.took().toString());
		if (marker.synonyms() != null) {
			properties.setProperty(SYNONYMS, marker.synonyms());
		}
		try {
			Files.createDirectories(this.root);
			Path temporary = Files.createTempFile(this.root, MARKER, ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				properties.store(out, "Written by the library after a complete rebuild of the search index");
			}
			Files.move(temporary, this.root.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index marker cannot be written in " + this.root, ex);
		}
	}

	/**
	 * Removes the marker as a rebuild starts, so that one stopped half-way is redone at
	 * the next start.
	 */
	void unmark() {
		try {
			Files.deleteIfExists(this.root.resolve(MARKER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index marker cannot be removed from " + this.root, ex);
		}
	}

	/** What the directory held as the library started. */
	enum Found {

		/** No index, or only empty ones: a new library, or the directory was deleted. */
		MISSING,

		/** Indexes that open. */
		PRESENT,

		/** An index that could not be opened, now moved aside. */
		MOVED_ASIDE

	}

	/**
	 * The marker's content.
	 *
	 * @param mappingVersion the {@link SearchIndex#MAPPING_VERSION} the index was built
	 * with
	 * @param builtAt when the rebuild finished
	 * @param documents how many resources it indexed
	 * @param took how long it took
	 * @param synonyms the fingerprint of the synonyms it was built with
	 * ({@code Synonyms.fingerprint()}); {@code null} in a marker written before the index
	 * recorded them
	 */
	record Marker(int mappingVersion, Instant builtAt, long documents, Duration took, String synonyms) {

		static Marker of(RebuildOutcome outcome, String synonyms) {
			return new Marker(SearchIndex.MAPPING_VERSION, outcome.finishedAt(), outcome.indexed(), outcome.duration(),
					synonyms);
		}

	}

}
