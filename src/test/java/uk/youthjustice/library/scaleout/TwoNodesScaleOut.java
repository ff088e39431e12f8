package uk.youthjustice.library.scaleout;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.ReportSection;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.TestDatabase;
import uk.youthjustice.library.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out configuration for real ({@code ./mvnw -Pscale-out verify}): an OpenSearch
 * node and an S3 store, each a process of its own from Maven Central artifacts, and two
 * packaged library nodes on one fresh PostgreSQL database with outbox-polling
 * coordination. An edit on node A must be found by searching on node B, and a file
 * uploaded on A must download from B. What OpenSearch does its own way is checked on it
 * too: the spelling suggestion, the index's size, and synonyms reaching the index with
 * the admin page's rebuild. The times it measures go into docs/scaling.md.
 */
class TwoNodesScaleOut {

	private static final String ADMIN = "scale-out@example.org";

	private static final String PASSWORD = "two nodes share one index and one bucket";

	private static final String BUCKET = "library";

	private static final String S3_IDENTITY = "scale-out";

	private static final String S3_CREDENTIAL = "scale-out-credential";

	private static final String SYNONYMS = "/admin/search/synonyms";

	private static final String REBUILD_STATUS = "/admin/search/reindex/status";

	private static final Duration PROPAGATION_DEADLINE = Duration.ofMinutes(2);

	private static final List<AutoCloseable> servers = new ArrayList<>();

	private static final Map<String, Object> figures = new LinkedHashMap<>();

	private static Path run;

	private static String databaseUrl;

	private static int nodeA;

	private static int nodeB;

	private static String openSearchUri;

	private static int s3Port;

	@BeforeAll
	static void startServers() throws Exception {
		Path directory = OpenSearchNode.directory();
		run = directory.resolve("run-" + Instant.now().toEpochMilli());
		Files.createDirectories(run);
		OpenSearchNode openSearch = OpenSearchNode.start(run);
		servers.add(openSearch);
		openSearchUri = openSearch.uri();
		figures.put("openSearchStart", openSearch.started());
		s3Port = ServerProcess.freePort();
		Files.createDirectories(run.resolve("s3").resolve(BUCKET));
		Path s3Settings = run.resolve("s3proxy.properties");
		Files.writeString(s3Settings,
				String.join("\n", "s3proxy.endpoint=http://" + ServerProcess.HOST + ":" + s3Port,
						"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + S3_IDENTITY,
						"s3proxy.credential=" + S3_CREDENTIAL, "jclouds.provider=filesystem",
						"jclouds.filesystem.basedir=" + run.resolve("s3")));
		ServerProcess s3 = ServerProcess.java("S3Proxy", run.resolve("s3proxy.log"), List.of("-Xmx128m", "-cp",
				classpath(directory, "s3proxy"), "org.gaul.s3proxy.Main", "--properties", s3Settings.toString()));
		servers.add(s3);
		s3.awaitAnswer("http://" + ServerProcess.HOST + ":" + s3Port + "/", (answer) -> answer.statusCode() > 0,
				Duration.ofMinutes(2));
		databaseUrl = TestDatabase.createFresh("scaleout");
		nodeA = ServerProcess.freePort();
		figures.put("nodeAStart", startNode("a", nodeA));
		nodeB = ServerProcess.freePort();
		figures.put("nodeBStart", startNode("b", nodeB));
	}

	private static Duration startNode(String name, int port) throws IOException {
		ServerProcess node = ServerProcess.java("Library node " + name, run.resolve("node-" + name + ".log"), List.of(
				"-Xmx512m", "-jar", System.getProperty("scale-out.jar", "target/practice-library.jar"),
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password(), "--library.demo-content=true",
				"--library.admin.email=" + ADMIN, "--library.admin.password=" + PASSWORD,
				"--library.data-dir=" + run.resolve("node-" + name), "--server.address=" + ServerProcess.HOST,
				"--server.port=" + port, "--library.search.backend=opensearch",
				"--library.search.opensearch.uris=" + openSearchUri, "--library.search.coordination=outbox-polling",
				"--library.attachments.storage=s3", "--library.attachments.s3.bucket=" + BUCKET,
				"--library.attachments.s3.endpoint=http://" + ServerProcess.HOST + ":" + s3Port,
				"--library.attachments.s3.path-style=true", "--library.attachments.s3.access-key=" + S3_IDENTITY,
				"--library.attachments.s3.secret-key=" + S3_CREDENTIAL));
		servers.add(node);
		return node.awaitAnswer("http://" + ServerProcess.HOST + ":" + port + "/actuator/health/readiness",
				(answer) -> answer.statusCode() == 200 && answer.body().contains("\"UP\""), Duration.ofMinutes(6));
	}

	@AfterAll
	static void stopServers() throws Exception {
		for (int i = servers.size() - 1; i >= 0; i--) {
			servers.get(i).close();
		}
	}

	@Test
	void anEditOnOneNodeIsFoundBySearchingOnTheOther() throws Exception {
		Published resource = aPublishedResource("asc");
		String word = unusualWord();
		WebSession visitorOnB = WebSession.anonymous(nodeB);
		assertThat(searchFinds(visitorOnB, word)).as("before the edit").isFalse();
		WebSession editorOnA = WebSession.signedIn(nodeA, new SignIn(ADMIN, PASSWORD));

		HttpResponse<String> saved = editorOnA.submit("/admin/resources/" + resource.id() + "/edit",
				"form[data-module=library-upload-progress]",
				Map.of("title", resource.title() + " " + word, "changeNote", "Checked by the scale-out check."));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/admin/resources/" + resource.id());
		long edited = System.nanoTime();
		pollUntil(() -> searchFinds(visitorOnB, word), "node B finds the word added to a title on node A",
				() -> hitsOf(visitorOnB, word));
		figures.put("editToSearchableOnB", Duration.ofNanos(System.nanoTime() - edited));
		assertThat(visitorOnB.get("/search?q=" + word).body()).contains(resource.title());
		figures.put("resources", count("select count(*) from resource"));
		figures.put("publicResources", count("select count(*) from resource where status = 'PUBLISHED'"));
		figures.put("searchOnB", searchTimes(visitorOnB));
	}

	@Test
	void aFileUploadedOnOneNodeDownloadsFromTheOtherAndItsWordsAreFound() throws Exception {
		// Not the resource whose title the other test changes.
		Published resource = aPublishedResource("desc");
		String word = unusualWord();
		byte[] content = ("Notes from the scale-out check. The word " + word + " is only in this file.\n")
			.getBytes(StandardCharsets.UTF_8);
		WebSession editorOnA = WebSession.signedIn(nodeA, new SignIn(ADMIN, PASSWORD));

		HttpResponse<String> attached = editorOnA.postFiles("/admin/resources/" + resource.id() + "/attachments/new",
				"file", Map.of("scale-out-notes.txt", content));

		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(302);
		long uploaded = System.nanoTime();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		try (Stream<Path> stored = Files.walk(run.resolve("s3").resolve(BUCKET))) {
			assertThat(stored.filter((file) -> file.getFileName().toString().equals(sha256)))
				.as("the file is in the bucket")
				.hasSize(1);
		}
		Element link = Jsoup.parse(editorOnA.get("/admin/resources/" + resource.id()).body())
			.selectFirst("a[href^=/files/]");
		assertThat(link).as("a download link on the resource's admin page").isNotNull();
		HttpResponse<String> download = WebSession.anonymous(nodeB).get(link.attr("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(new String(content, StandardCharsets.UTF_8));
		WebSession visitorOnB = WebSession.anonymous(nodeB);
		pollUntil(() -> searchLists(visitorOnB, word, resource.title()),
				"node B finds a word of a file uploaded on node A", () -> hitsOf(visitorOnB, word));
		figures.put("uploadToFileTextSearchableOnB", Duration.ofNanos(System.nanoTime() - uploaded));
		assertThat(visitorOnB.get("/search?q=" + word, "Accept", "text/html").body())
			.as("the hit says where in the file the word is, with the word marked")
			.contains("<mark>" + word + "</mark>")
			.contains("scale-out-notes");
	}

	@Test
	void aMisspeltSearchOnOneNodeShowsTheCloseSpellingAndItsResults() throws Exception {
		// Neither resource whose title or files the other tests change.
		Published resource = aPublishedResource("asc", 1);
		String word = longestWord(resource.title());
		String misspelt = word.substring(0, word.length() / 2) + word.substring(word.length() / 2 + 1);
		WebSession visitorOnB = WebSession.anonymous(nodeB);

		long started = System.nanoTime();
		HttpResponse<String> page = visitorOnB.get("/search?q=" + misspelt, "Accept", "text/html");
		figures.put("misspeltSearchOnB", Duration.ofNanos(System.nanoTime() - started));

		assertThat(page.statusCode()).isEqualTo(200);
		Document shown = Jsoup.parse(page.body());
		assertThat(shown.select(".library-suggestion").text()).as("the suggestion for " + misspelt).contains(word);
		assertThat(shown.select("main a").eachText()).as("the corrected search's results").contains(resource.title());
	}

	@Test
	void theAdminPageShowsTheSizeOfTheSharedIndex() {
		WebSession adminOnB = WebSession.signedIn(nodeB, new SignIn(ADMIN, PASSWORD));

		Element size = Jsoup.parse(adminOnB.get("/admin/search", "Accept", "text/html").body())
			.selectFirst("#index-size");

		assertThat(size).as("the size on the search index admin page").isNotNull();
		assertThat(size.text()).matches("[0-9.,]+ (KB|MB|GB)");
	}

	@Test
	void aSynonymSavedOnOneNodeIsFoundOnTheOtherAfterTheAdminPagesRebuild() throws Exception {
		Published resource = aPublishedResource("asc", 2);
		String synonym = unusualWord();
		WebSession visitorOnB = WebSession.anonymous(nodeB);
		WebSession adminOnA = WebSession.signedIn(nodeA, new SignIn(ADMIN, PASSWORD));
		String rules = Jsoup.parse(adminOnA.get(SYNONYMS, "Accept", "text/html").body())
			.selectFirst("#body")
			.wholeText();

		HttpResponse<String> saved = adminOnA.postWithToken(SYNONYMS, "body",
				rules.strip() + "\n" + synonym + ", " + longestWord(resource.title()) + "\n");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(searchLists(visitorOnB, synonym, resource.title())).as("found before the rebuild").isFalse();
		HttpResponse<String> rebuild = adminOnA.postWithToken("/admin/search/reindex");
		assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(302);
		long started = System.nanoTime();
		pollUntil(() -> !adminOnA.get(REBUILD_STATUS).body().contains("\"running\":true"), "the rebuild on node A ends",
				() -> adminOnA.get(REBUILD_STATUS).body());
		figures.put("synonymRebuild", Duration.ofNanos(System.nanoTime() - started));
		assertThat(adminOnA.get(REBUILD_STATUS).body()).as("how the rebuild ended").contains("Finished: ");
		pollUntil(() -> searchLists(visitorOnB, synonym, resource.title()),
				"node B finds a resource by a synonym saved on node A", () -> hitsOf(visitorOnB, synonym));

		// A node started after a save and before the rebuild: its analysis has the saved
		// synonyms, the index the rebuilt ones.
		HttpResponse<String> savedAgain = adminOnA.postWithToken(SYNONYMS, "body",
				rules.strip() + "\n" + unusualWord() + ", " + longestWord(resource.title()) + "\n");
		assertThat(savedAgain.statusCode()).as(savedAgain.body()).isEqualTo(302);
		int nodeC = ServerProcess.freePort();
		figures.put("nodeCStartAfterSynonymSave", startNode("c", nodeC));
		WebSession adminOnC = WebSession.signedIn(nodeC, new SignIn(ADMIN, PASSWORD));
		pollUntil(() -> !adminOnC.get(REBUILD_STATUS).body().contains("\"running\":true"),
				"any rebuild node C started ends", () -> adminOnC.get(REBUILD_STATUS).body());
		assertThat(searchLists(visitorOnB, synonym, resource.title())).as("the first synonym, after node C started")
			.isTrue();
	}

	@AfterAll
	static void writeFigures() throws IOException {
		if (!figures.containsKey("editToSearchableOnB")) {
			return;
		}
		Path report = Path.of(System.getProperty("scale-out.report", "docs/scaling.md"));
		ReportSection.write(report, "scale-out", "./mvnw -Pscale-out verify", ScaleOutReport.markdown(figures));
	}

	private static boolean searchFinds(WebSession visitor, String word) {
		HttpResponse<String> page = visitor.get("/search?q=" + word, "Accept", "text/html");
		return page.statusCode() == 200 && page.body().toLowerCase(Locale.ROOT).contains("<mark>" + word + "</mark>");
	}

	/** Whether searching for the word lists a resource with this title. */
	private static boolean searchLists(WebSession visitor, String word, String title) {
		HttpResponse<String> page = visitor.get("/search?q=" + word, "Accept", "text/html");
		return page.statusCode() == 200 && Jsoup.parse(page.body()).select("main a").eachText().contains(title);
	}

	/** Times of searches on node B for common words, in milliseconds, sorted. */
	private static List<Long> searchTimes(WebSession visitor) {
		List<String> words = List.of("education", "youth", "court", "practice", "family", "support", "health", "school",
				"risk", "custody");
		List<Long> times = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			for (String word : words) {
				long started = System.nanoTime();
				assertThat(visitor.get("/search?q=" + word, "Accept", "text/html").statusCode()).isEqualTo(200);
				times.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
		}
		times.sort(null);
		return times;
	}

	/** The search page's answer and links, for a failure's message. */
	private static String hitsOf(WebSession visitor, String word) {
		HttpResponse<String> page = visitor.get("/search?q=" + word, "Accept", "text/html");
		return page.statusCode() + " " + Jsoup.parse(page.body()).select("main a").eachText();
	}

	private static void pollUntil(BooleanSupplier condition, String what, Supplier<String> lastSeen) {
		long deadline = System.nanoTime() + PROPAGATION_DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"Not within " + PROPAGATION_DEADLINE + ": " + what + "; the search page: " + lastSeen.get());
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
	}

	/** The longest word of letters only, in lower case, of at least six letters. */
	private static String longestWord(String title) {
		String longest = Stream.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.max(Comparator.comparingInt(String::length))
			.orElse("");
		assertThat(longest).as("the longest word of " + title).hasSizeGreaterThanOrEqualTo(6);
		return longest;
	}

	private static String unusualWord() {
		StringBuilder word = new StringBuilder("quokka");
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/** The first or the last published resource by id ({@code order} asc or desc). */
	private static Published aPublishedResource(String order) throws Exception {
		return aPublishedResource(order, 0);
	}

	/** The published resource after {@code skipped} others by id. */
	private static Published aPublishedResource(String order, int skipped) throws Exception {
		try (Connection connection = connect();
				PreparedStatement query = connection.prepareStatement(
						"select id, title from resource where status = 'PUBLISHED' and published_at <= now() "
								+ "order by id " + order + " limit 1 offset " + skipped);
				ResultSet row = query.executeQuery()) {
			assertThat(row.next()).as("the demo content has a published resource").isTrue();
			return new Published(row.getLong("id"), row.getString("title"));
		}
	}

	private static long count(String sql) throws Exception {
		try (Connection connection = connect();
				PreparedStatement query = connection.prepareStatement(sql);
				ResultSet row = query.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	private static Connection connect() throws Exception {
		return DriverManager.getConnection(databaseUrl, TestDatabase.user(), TestDatabase.password());
	}

	private static String classpath(Path directory, String server) throws IOException {
		return Files.readString(directory.resolve(server + ".classpath")).strip();
	}

	private record Published(long id, String title) {
	}

}
