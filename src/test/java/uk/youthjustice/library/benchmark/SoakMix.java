package uk.youthjustice.library.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;

/**
 * The soak's mix of public requests, read from the database the library serves: browsing
 * (home, category listings with and without filters), resource pages, searches from the
 * relevance set and downloads of the demo content's files, drawn in fixed shares by a
 * seeded random choice so that every run sends the same sequence. Editor saves run beside
 * it ({@link EditorSaves}).
 */
final class SoakMix {

	static final long SEED = 2026_08L;

	/** How many paths each connection goes round. */
	static final int LENGTH = 500;

	private SoakMix() {
	}

	/** A kind of request and its share of the mix, in percent. */
	enum Kind {

		BROWSE(30), RESOURCE(35), SEARCH(20), DOWNLOAD(15);

		final int percent;

		Kind(int percent) {
			this.percent = percent;
		}

	}

	/**
	 * The file download addresses of the public demo attachments, read before the
	 * synthetic corpus is written (its attachment rows have no stored files).
	 */
	static List<String> downloads(String url, String user, String password) throws SQLException {
		List<String> paths = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet files = statement.executeQuery("""
						select a.id, a.file_name from attachment a join resource r on r.id = a.resource_id
						where r.status = 'PUBLISHED' and r.published_at <= now() and a.sha256 is not null
						order by a.id""")) {
			while (files.next()) {
				paths.add("/files/" + files.getLong(1) + "/"
						+ URLEncoder.encode(files.getString(2), StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
		return paths;
	}

	/** The public resource an editor keeps saving: the demo content's first. */
	static long editedResource(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet id = statement.executeQuery(
						"select min(id) from resource where status = 'PUBLISHED' and published_at <= now()")) {
			id.next();
			return id.getLong(1);
		}
	}

	/**
	 * Every distinct path of each kind.
	 * @param url the database, after the corpus is written
	 * @param corpus what was written
	 * @param downloads from {@link #downloads}
	 */
	static Map<Kind, List<String>> choices(String url, String user, String password, CorpusFacts corpus,
			List<String> downloads) throws SQLException {
		Map<Kind, List<String>> choices = new EnumMap<>(Kind.class);
		List<String> browse = new ArrayList<>(List.of("/"));
		String category = "/categories/" + corpus.largestCategorySlug();
		long filteredPages = (corpus.largestCategoryFreePractice() + PageTarget.PAGE_SIZE - 1) / PageTarget.PAGE_SIZE;
		for (long page = 1; page <= Math.min(filteredPages, 50); page += 7) {
			browse.add(category + "?type=practice-example&cost=free&page=" + page);
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			try (ResultSet slugs = statement.executeQuery("select slug from category order by position, id")) {
				while (slugs.next()) {
					browse.add("/categories/" + slugs.getString(1));
				}
			}
			List<String> resources = new ArrayList<>();
			try (ResultSet slugs = statement.executeQuery("""
					select slug from resource r where r.status = 'PUBLISHED' and r.published_at <= now()
					and mod(r.id, 97) = 0 order by r.id limit 60""")) {
				while (slugs.next()) {
					resources.add("/resources/" + slugs.getString(1));
				}
			}
			resources.add("/resources/" + corpus.showcaseSlug());
			choices.put(Kind.RESOURCE, resources);
		}
		choices.put(Kind.BROWSE, browse);
		choices.put(Kind.SEARCH,
				RelevanceSet.load().stream().map((query) -> SearchBenchmark.path(query.text())).toList());
		choices.put(Kind.DOWNLOAD, downloads);
		return choices;
	}

	/** {@link #LENGTH} paths drawn from the choices in the kinds' shares. */
	static List<String> sequence(Map<Kind, List<String>> choices) {
		Random random = new Random(SEED);
		List<String> paths = new ArrayList<>();
		while (paths.size() < LENGTH) {
			int roll = random.nextInt(100);
			for (Kind kind : Kind.values()) {
				roll -= kind.percent;
				if (roll < 0) {
					List<String> options = choices.get(kind);
					paths.add(options.get(random.nextInt(options.size())));
					break;
				}
			}
		}
		return paths;
	}

}
