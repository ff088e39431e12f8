package uk.youthjustice.library.search.synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The synonym groups editors keep, and the ones indexing applies. Saved synonyms reach
 * the index only when {@link #apply()} makes them the applied ones and the index is
 * rebuilt, so that the whole index always uses one set.
 * <p>
 * Hibernate Search builds its analyzers while the entity manager factory starts, and the
 * indexing analyzer comes from here: so this reads the {@code search_synonyms} table with
 * plain JDBC, never through JPA, and not before the analyzer first needs it.
 */
@Service
public class Synonyms {

	private static final Logger logger = LoggerFactory.getLogger(Synonyms.class);

	private static final String STANDARD = "search/synonyms.txt";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicReference<Applied> applied = new AtomicReference<>();

	private final Analyzer indexingAnalyzer = new IndexingAnalyzer(() -> current().map());

	Synonyms(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The analyzer that indexes text with the applied synonyms. */
	public Analyzer indexingAnalyzer() {
		return this.indexingAnalyzer;
	}

	/**
	 * The one word that indexing, with the applied synonyms, writes wherever the whole
	 * phrase is written: see {@link OneWordSynonym}.
	 */
	public Optional<String> oneWordFor(String phrase) {
		return OneWordSynonym.of(current().map(), phrase);
	}

	/**
	 * What tells the applied synonyms from others: a digest of their text, for the index
	 * to record which synonyms it was built with.
	 */
	public String fingerprint() {
		return current().fingerprint();
	}

	/** The synonyms as saved, or the standard ones when nobody has saved any. */
	public SavedSynonyms saved() {
		List<SavedSynonyms> rows = this.jdbc.query(
				"select body, version, updated_at, updated_by from search_synonyms where id = 1",
				(row, number) -> new SavedSynonyms(row.getString("body"), row.getLong("version"),
						row.getTimestamp("updated_at").toInstant(), row.getString("updated_by")));
		return rows.isEmpty() ? new SavedSynonyms(standard(), 0, null, null) : rows.get(0);
	}

	/** The standard synonyms the library comes with. */
	public String standard() {
		try (InputStream in = new ClassPathResource(STANDARD).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves synonyms for the next rebuild of the index.
	 * @throws SynonymsRejected when a line is not a synonym rule, naming each such line
	 */
	public SavedSynonyms save(String body, String editor) {
		String text = (body != null) ? body : "";
		List<SynonymProblem> problems = SynonymRules.check(text);
		if (!problems.isEmpty()) {
			throw new SynonymsRejected(problems);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		String update = "update search_synonyms set body = ?, version = version + 1, updated_at = ?, updated_by = ? where id = 1";
		if (this.jdbc.update(update, text, now, editor) == 0) {
			try {
				this.jdbc.update(
						"insert into search_synonyms (id, body, version, updated_at, updated_by) values (1, ?, 1, ?, ?)",
						text, now, editor);
			}
			catch (DuplicateKeyException ex) {
				// Another editor saved the first row meanwhile: this save comes after
				// theirs.
				this.jdbc.update(update, text, now, editor);
			}
		}
		return saved();
	}

	/**
	 * Makes the saved synonyms the ones indexing applies; a rebuild of the index started
	 * from the admin area calls this first.
	 */
	public void apply() {
		SavedSynonyms saved = saved();
		this.applied.set(applied(saved));
		logger.info("Search synonyms version {} applied to indexing", saved.version());
	}

	/** Whether synonyms were saved since the ones indexing applies. */
	public boolean pendingChanges() {
		return saved().version() != current().version();
	}

	/** At start-up the saved synonyms become the applied ones. */
	@EventListener(ApplicationReadyEvent.class)
	void applyAtStartUp() {
		apply();
	}

	/**
	 * The applied synonyms. Before {@link #apply()} first runs (documents can be indexed
	 * before the application is ready), the saved ones if they can be read, otherwise the
	 * standard ones.
	 */
	private Applied current() {
		Applied current = this.applied.get();
		if (current != null) {
			return current;
		}
		Applied first;
		try {
			first = applied(saved());
		}
		catch (DataAccessException ex) {
			logger.warn("Search synonyms could not be read ({}); indexing with the standard ones", ex.getMessage());
			first = Applied.of(0, standard());
		}
		Applied earlier = this.applied.compareAndExchange(null, first);
		return (earlier != null) ? earlier : first;
	}

	/** The saved synonyms, or the standard ones if the saved text no longer reads. */
	private Applied applied(SavedSynonyms saved) {
		try {
			return Applied.of(saved.version(), saved.body());
		}
		catch (IllegalArgumentException ex) {
			logger.error("Saved search synonyms version {} cannot be read ({}); indexing with the standard ones",
					saved.version(), ex.getMessage());
			return Applied.of(saved.version(), standard());
		}
	}

	private record Applied(long version, SynonymMap map, String fingerprint) {

		static Applied of(long version, String text) {
			return new Applied(version, SynonymRules.parse(text), digest(text));
		}

		private static String digest(String text) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every Java runtime has SHA-256", ex);
			}
		}

	}

}
