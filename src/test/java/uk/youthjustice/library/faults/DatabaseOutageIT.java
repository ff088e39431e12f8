package uk.youthjustice.library.faults;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.TestDatabase;
import uk.youthjustice.library.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped for 20 seconds while the library is under load. What it proves:
 * pages fail fast (within the 3 s connection timeout and a margin) with the friendly 503
 * page and a {@code Retry-After}, never a 500 or a hang; readiness goes DOWN; an edit
 * sent during the outage is answered with a page saying it was not saved; the library
 * serves again within 5 seconds of the database's return, without a restart; and an edit
 * committed before the outage is still there afterwards, unchanged by the one refused.
 * <p>
 * The database is "stopped" for this library alone by a {@link DatabaseProxy} between it
 * and the shared server: the proxy cuts every open connection and refuses new ones. The
 * shared server itself, which other tests use, is never stopped.
 */
class DatabaseOutageIT {

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	/** The connection timeout (3 s) and a margin for rendering on a busy machine. */
	private static final Duration FAST = Duration.ofSeconds(5);

	/** Longer than any answer may take: well under Hikari's default 30 s wait. */
	private static final Duration NO_HANG = Duration.ofSeconds(8);

	private static final Duration RECOVERY = Duration.ofSeconds(5);

	@TempDir
	static Path dataDir;

	private static DatabaseProxy proxy;

	private static ConfigurableApplicationContext library;

	private static String databaseUrl;

	@BeforeAll
	static void aLibraryBehindTheProxy() throws Exception {
		databaseUrl = TestDatabase.createFresh("outage");
		proxy = DatabaseProxy.to(databaseUrl);
		library = LibraryProcess.start(dataDir, LibraryProcess.postgres(proxy.url(databaseUrl)));
	}

	@AfterAll
	static void stop() {
		if (library != null) {
			library.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void theLibraryAnswers503DuringAnOutageAndRecoversByItselfWithNothingLost() throws Exception {
		int port = ((WebServerApplicationContext) library).getWebServer().getPort();
		WebSession editor = WebSession.signedIn(port, SignIn.newAccount(library.getBean(Accounts.class)));
		Map<String, Object> topic = direct().queryForMap("select id, name, description from topic order by id limit 1");
		String topicPath = "/admin/topics/" + topic.get("id");
		String committedName = "Committed before the outage " + System.nanoTime();
		assertThat(editor.postWithToken(topicPath, "name", committedName, "description", "Kept through the outage")
			.statusCode()).isEqualTo(302);
		assertThat(LocalHttp.getPage(port, "/").statusCode()).isEqualTo(200);
		String token = editor.csrfToken(topicPath);

		Load load = Load.start(port, List.of("/", "/search?q=resettlement", "/contacts"));
		proxy.stop();
		long outageStarted = System.nanoTime();
		try {
			HttpResponse<String> home = timed(() -> LocalHttp.getPage(port, "/"));
			assertThat(home.statusCode()).isEqualTo(503);
			assertThat(home.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Sorry, the service is unavailable");

			HttpResponse<String> api = timed(() -> LocalHttp.get(port, "/api/v1/resources"));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(api.body()).contains("\"status\":503").contains("cannot reach its database");

			HttpResponse<String> readiness = Poll.until(FAST.multipliedBy(2),
					() -> LocalHttp.get(port, "/actuator/health/readiness"), (answer) -> answer.statusCode() == 503,
					"readiness DOWN");
			assertThat(readiness.body()).contains("DOWN");

			HttpResponse<String> refusedEdit = timed(() -> editor.postWithGivenToken(topicPath, token, "name",
					"Typed during the outage", "description", "Not saved"));
			assertThat(refusedEdit.statusCode()).isEqualTo(503);
			assertThat(Jsoup.parse(refusedEdit.body()).select("#form-not-saved").text())
				.contains("What you sent has not been saved");

			// The outage lasts its 20 s while the load goes on.
			Poll.until(OUTAGE, () -> System.nanoTime() - outageStarted, (elapsed) -> elapsed >= OUTAGE.toNanos(),
					"the end of the outage");
		}
		finally {
			proxy.start();
		}
		long back = System.nanoTime();
		Poll.until(RECOVERY, () -> LocalHttp.getPage(port, "/").statusCode(), (status) -> status == 200,
				"the home page served again");
		Duration recovered = Duration.ofNanos(System.nanoTime() - back);
		Poll.until(RECOVERY, () -> LocalHttp.get(port, "/actuator/health/readiness").statusCode(),
				(status) -> status == 200, "readiness UP again");
		List<Load.Answer> answers = load.stop();

		System.out.println("Database outage: the home page served again " + recovered.toMillis()
				+ " ms after the database returned; " + answers.size() + " requests under load");
		assertThat(answers).as("answers under load").isNotEmpty();
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
			// No hang: a request that began in the outage and got its connection as the
			// database returned takes a little over the timeout; Hikari's default was 30
			// s.
			assertThat(answer.took()).as(answer.toString()).isLessThan(NO_HANG);
			if (answer.status() == 503) {
				assertThat(answer.took()).as(answer.toString()).isLessThan(FAST);
			}
		});
		assertThat(answers).anyMatch((answer) -> answer.status() == 503);

		Map<String, Object> after = direct().queryForMap("select name, description from topic where id = ?",
				topic.get("id"));
		assertThat(after.get("name")).isEqualTo(committedName);
		assertThat(after.get("description")).isEqualTo("Kept through the outage");
		assertThat(Jsoup.parse(editor.get(topicPath, "Accept", "text/html").body()).select("input[name=name]").val())
			.isEqualTo(committedName);
	}

	private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> request) {
		long started = System.nanoTime();
		HttpResponse<String> answer = request.get();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to answer").isLessThan(FAST);
		return answer;
	}

	/** The database directly, not through the proxy, to check what is stored. */
	private static JdbcTemplate direct() {
		return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(databaseUrl,
				TestDatabase.user(), TestDatabase.password()));
	}

	/** Readers fetching pages one after another on two threads, each answer timed. */
	static final class Load {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Answer> answers = new CopyOnWriteArrayList<>();

		private final List<Thread> threads;

		private Load(int port, List<String> paths, int threadCount) {
			this.threads = java.util.stream.IntStream.range(0, threadCount).mapToObj((index) -> {
				Thread thread = new Thread(() -> {
					int next = index;
					while (this.running.get()) {
						String path = paths.get(next++ % paths.size());
						long started = System.nanoTime();
						int status = LocalHttp.getPage(port, path).statusCode();
						this.answers.add(new Answer(path, status, Duration.ofNanos(System.nanoTime() - started)));
					}
				}, "outage-load-" + index);
				thread.start();
				return thread;
			}).toList();
		}

		static Load start(int port, List<String> paths) {
			return new Load(port, paths, 2);
		}

		List<Answer> stop() throws InterruptedException {
			this.running.set(false);
			for (Thread thread : this.threads) {
				thread.join(30_000);
			}
			return List.copyOf(this.answers);
		}

		record Answer(String path, int status, Duration took) {
		}

	}

}
