package uk.youthjustice.library.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A library of its own, as {@code java -jar} starts it, with a free-space threshold no
 * disk meets: readiness says DOWN (and the probes get a 503) while liveness stays UP.
 * Then it is stopped as SIGTERM stops it, in the middle of a download and of reading a
 * file: the download finishes whole, and the file being read goes back to the queue for
 * the next start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GracefulShutdownIT {

	/** More than the sockets’ buffers hold, so the download is still being sent. */
	private static final int LARGE = 30 * 1024 * 1024;

	@TempDir
	static Path dataDir;

	private static String databaseUrl;

	private static ConfigurableApplicationContext library;

	private static int port;

	@BeforeAll
	static void start() {
		databaseUrl = TestDatabase.createFresh("graceful_shutdown");
		String[] settings = LibraryProcess.postgres(databaseUrl);
		String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
		all[settings.length] = "library.operations.min-free-space=1000TB";
		library = LibraryProcess.start(dataDir, all);
		port = ((WebServerApplicationContext) library).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (library != null) {
			library.close();
		}
	}

	@Test
	@Order(1)
	void readinessIsDownWhileTheDisksHaveLessFreeSpaceThanTheThreshold() throws Exception {
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		HttpResponse<String> liveness = get("/actuator/health/liveness");

		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
		// The pages are still served: readiness only tells the load balancer.
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void stoppingFinishesTheDownloadInProgressAndHandsBackTheFileBeingRead() throws Exception {
		Attachments attachments = library.getBean(Attachments.class);
		JdbcTemplate jdbc = library.getBean(JdbcTemplate.class);
		Long resourceId = jdbc.queryForObject(
				"select id from resource where status = 'PUBLISHED' " + "and published_at <= now() order by id limit 1",
				Long.class);
		byte[] large = largeText();
		Attachment report = attachments.attach(resourceId,
				attachments.receive("large-report.txt", new ByteArrayInputStream(large)), "Large report", false);
		// A file whose reading cannot end: its stored bytes replaced by a named pipe that
		// nobody writes to until the library has stopped.
		StoredFile notes = attachments.receive("held-notes.txt",
				new ByteArrayInputStream("Notes from a panel on resettlement.\n".getBytes(StandardCharsets.UTF_8)));
		Path pipe = library.getBean(ContentStore.class).path(notes.sha256());
		Files.delete(pipe);
		assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).isZero();
		Long heldId = attachments.attach(resourceId, notes, "Held notes", false).getId();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> jdbc.queryForObject(
					"select count(*) from extraction_job where attachment_id = ? and claimed_by is not null",
					Long.class, heldId) == 1);

		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<InputStream> download = client.send(
				HttpRequest.newBuilder(uri("/files/" + report.getId() + "/large-report.txt")).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(download.statusCode()).isEqualTo(200);
		InputStream body = download.body();
		byte[] start = body.readNBytes(64 * 1024);

		CountDownLatch draining = new CountDownLatch(1);
		Logger tomcatShutdown = (Logger) LoggerFactory.getLogger("org.springframework.boot.tomcat.GracefulShutdown");
		AppenderBase<ILoggingEvent> watcher = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getFormattedMessage().startsWith("Commencing graceful shutdown")) {
					draining.countDown();
				}
			}
		};
		watcher.start();
		tomcatShutdown.addAppender(watcher);
		CompletableFuture<Void> stopping = CompletableFuture.runAsync(library::close);
		try {
			assertThat(draining.await(1, TimeUnit.MINUTES)).as("graceful shutdown began").isTrue();
			// No new requests now (Tomcat says so just before it stops accepting them)...
			await().atMost(Duration.ofSeconds(30)).until(() -> refusesNewRequests(client));
			// ...but the download under way is sent to its end.
			byte[] rest = body.readAllBytes();
			byte[] whole = new byte[start.length + rest.length];
			System.arraycopy(start, 0, whole, 0, start.length);
			System.arraycopy(rest, 0, whole, start.length, rest.length);
			assertThat(whole).hasSize(LARGE).isEqualTo(large);
			stopping.get(1, TimeUnit.MINUTES);
		}
		finally {
			tomcatShutdown.detachAppender(watcher);
			release(pipe);
		}

		try (Connection db = DriverManager.getConnection(databaseUrl, TestDatabase.user(), TestDatabase.password());
				PreparedStatement job = db
					.prepareStatement("select j.attempts, j.claimed_by, a.extraction_status from extraction_job j "
							+ "join attachment a on a.id = j.attachment_id where j.attachment_id = ?")) {
			job.setLong(1, heldId);
			try (ResultSet row = job.executeQuery()) {
				assertThat(row.next()).as("the job is still queued").isTrue();
				// A clean stop is not an attempt: only a crash counts towards
				// max-attempts.
				assertThat(row.getInt("attempts")).isZero();
				assertThat(row.getString("claimed_by")).as("handed back").isNull();
				assertThat(row.getString("extraction_status")).isEqualTo("PENDING");
			}
		}
	}

	/**
	 * Opens the pipe for writing and closes it, so that a reader still waiting on it
	 * ends.
	 */
	private static void release(Path pipe) {
		Thread writer = new Thread(() -> {
			try (OutputStream out = Files.newOutputStream(pipe)) {
				out.flush();
			}
			catch (IOException ex) {
				// Nobody was reading.
			}
		}, "graceful-shutdown-it-pipe");
		writer.setDaemon(true);
		writer.start();
	}

	/** Words of random letters, so that nothing along the way can shrink them. */
	private static byte[] largeText() {
		Random random = new Random(8);
		byte[] text = new byte[LARGE];
		for (int i = 0; i < text.length; i++) {
			int pick = random.nextInt(30);
			text[i] = (byte) ((pick < 26) ? 'a' + pick : (pick < 29) ? ' ' : '\n');
		}
		return text;
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static boolean refusesNewRequests(HttpClient client) {
		try {
			client.send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.discarding());
			return false;
		}
		catch (IOException ex) {
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
