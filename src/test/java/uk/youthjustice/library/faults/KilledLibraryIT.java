package uk.youthjustice.library.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import uk.youthjustice.library.benchmark.PdfCorpus;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.TestDatabase;
import uk.youthjustice.library.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged library killed with SIGKILL, then started again on the same database and
 * data directory. What it proves: killed while an upload is streaming in, the restarted
 * library shows no trace of it (no attachment row, no stored file, the partly received
 * part and any unfinished store file deleted) and everything stored before is unchanged;
 * killed while reading a large PDF, the restarted library takes the file up again at once
 * (not after the five-minute lease) and reads it to the end, its attachment row intact.
 */
class KilledLibraryIT {

	private static final String PASSWORD = "correct horse battery staple for tests";

	@TempDir
	Path dataDir;

	@TempDir
	Path work;

	@Test
	void killedDuringAnUploadLeavesNoHalfWrittenAttachment() throws Exception {
		String databaseUrl = TestDatabase.createFresh("killed_upload");
		JdbcTemplate jdbc = jdbc(databaseUrl);
		Path log = Path.of("target", "faults", "killed-upload.log");
		long resourceId;
		List<Map<String, Object>> attachmentsBefore;
		TreeSet<String> storedBefore;
		try (KillableLibrary first = KillableLibrary.start(databaseUrl, dataDir, log)) {
			SignIn editor = editor(jdbc);
			WebSession session = WebSession.signedIn(first.port(), editor);
			resourceId = jdbc.queryForObject("select min(id) from resource", Long.class);
			awaitQueueDrained(jdbc);
			attachmentsBefore = jdbc.queryForList("select * from attachment order by id");
			storedBefore = storedFiles();

			try (Socket upload = startSlowUpload(first.port(), session, resourceId)) {
				Path uploads = this.dataDir.resolve("uploads");
				Poll.until(Duration.ofSeconds(30), () -> partFiles(uploads), (parts) -> !parts.isEmpty(),
						"the upload's part being written");
				first.kill();
			}
		}
		assertThat(partFiles(this.dataDir.resolve("uploads"))).as("left by the killed run").isNotEmpty();

		try (KillableLibrary second = KillableLibrary.start(databaseUrl, dataDir, log)) {
			assertThat(jdbc.queryForList("select * from attachment order by id")).isEqualTo(attachmentsBefore);
			assertThat(storedFiles()).isEqualTo(storedBefore);
			assertThat(partFiles(this.dataDir.resolve("uploads"))).isEmpty();
			assertThat(partFiles(this.dataDir.resolve("files").resolve("incoming"))).isEmpty();
			WebSession session = WebSession.signedIn(second.port(), editor(jdbc));
			String overview = session.get("/admin/resources/" + resourceId, "Accept", "text/html").body();
			assertThat(Jsoup.parse(overview).text()).doesNotContain("killed-upload.txt");
		}
	}

	@Test
	void killedWhileReadingAFileTheRestartedLibraryReadsItToTheEnd() throws Exception {
		String databaseUrl = TestDatabase.createFresh("killed_extraction");
		JdbcTemplate jdbc = jdbc(databaseUrl);
		Path log = Path.of("target", "faults", "killed-extraction.log");
		Path pdf = PdfCorpus.write(this.work.resolve("long-report.pdf"), 1500, 25);
		long attachmentId;
		Map<String, Object> rowBefore;
		try (KillableLibrary first = KillableLibrary.start(databaseUrl, dataDir, log)) {
			WebSession session = WebSession.signedIn(first.port(), editor(jdbc));
			long resourceId = jdbc.queryForObject("select min(id) from resource", Long.class);
			awaitQueueDrained(jdbc);
			assertThat(session
				.postFiles("/admin/resources/" + resourceId + "/attachments/new", "file",
						Map.of("long-report.pdf", Files.readAllBytes(pdf)))
				.statusCode()).isEqualTo(302);
			attachmentId = jdbc.queryForObject("select id from attachment where file_name = 'long-report.pdf'",
					Long.class);
			Poll.until(Duration.ofSeconds(60),
					() -> jdbc.queryForList("select claimed_by from extraction_job where attachment_id = ?",
							String.class, attachmentId),
					(claims) -> claims.size() == 1 && claims.get(0) != null, "the file claimed for reading");
			first.kill();
		}
		Map<String, Object> job = jdbc
			.queryForMap("select attempts, claimed_by from extraction_job where attachment_id = ?", attachmentId);
		assertThat(job.get("claimed_by")).as("still held by the killed run").isNotNull();
		rowBefore = jdbc.queryForMap("select resource_id, title, file_name, sha256, size_bytes, extraction_status "
				+ "from attachment where id = ?", attachmentId);
		assertThat(rowBefore.get("extraction_status")).isEqualTo("PENDING");

		try (KillableLibrary second = KillableLibrary.start(databaseUrl, dataDir, log)) {
			// Well within the five-minute lease: the claim was handed back at start.
			String status = Poll.until(Duration.ofSeconds(120), () -> jdbc
				.queryForObject("select extraction_status from attachment where id = ?", String.class, attachmentId),
					(current) -> !current.equals("PENDING"), "the file read to the end");
			assertThat(status).isEqualTo("EXTRACTED");
			assertThat(jdbc.queryForObject("select count(*) from extraction_job where attachment_id = ?", Long.class,
					attachmentId))
				.isZero();
			assertThat(
					jdbc.queryForObject("select page_count from attachment where id = ?", Integer.class, attachmentId))
				.isEqualTo(1500);
			assertThat(jdbc.queryForObject("select count(*) from attachment_page where attachment_id = ?", Long.class,
					attachmentId))
				.isEqualTo(1500);
			assertThat(jdbc.queryForMap(
					"select resource_id, title, file_name, sha256, size_bytes from attachment " + "where id = ?",
					attachmentId))
				.containsAllEntriesOf(Map.of("file_name", rowBefore.get("file_name"), "sha256", rowBefore.get("sha256"),
						"size_bytes", rowBefore.get("size_bytes")));
		}
	}

	/**
	 * Sends the headers and the first part of a 4 MB file, and no more: the library is
	 * left receiving it.
	 */
	private static Socket startSlowUpload(int port, WebSession session, long resourceId) throws IOException {
		String boundary = "----killed-upload";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nKilled upload\r\n"
				+ "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"killed-upload.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] line = "Half of this report arrives before the library is killed.\n".getBytes(StandardCharsets.UTF_8);
		int lines = 4 * 1024 * 1024 / line.length;
		long length = head.length() + (long) lines * line.length + tail.length();
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		OutputStream out = socket.getOutputStream();
		String token = session.csrfToken("/");
		out.write(("POST /admin/resources/" + resourceId + "/attachments/new HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nCookie: JSESSIONID=" + session.sessionId() + "\r\nX-CSRF-TOKEN: " + token
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
				+ "\r\nAccept: text/html\r\n\r\n" + head)
			.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < lines / 2; i++) {
			out.write(line);
		}
		out.flush();
		return socket;
	}

	/** The demo content's files read, so that nothing changes the store meanwhile. */
	private static void awaitQueueDrained(JdbcTemplate jdbc) {
		Poll.until(Duration.ofSeconds(120),
				() -> jdbc.queryForObject("select count(*) from extraction_job", Long.class), (waiting) -> waiting == 0,
				"the demo content's files read");
	}

	/**
	 * An editor account written straight into the database, as the jar has no test hooks.
	 */
	private static SignIn editor(JdbcTemplate jdbc) {
		String email = "killed-" + System.nanoTime() + "@example.org";
		jdbc.update(
				"insert into user_account (email, display_name, password_hash, enabled, created_at) "
						+ "values (?, 'Test editor', ?, true, ?)",
				email, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD),
				OffsetDateTime.now());
		jdbc.update("insert into user_account_role (user_account_id, role) "
				+ "select id, 'EDITOR' from user_account where email = ?", email);
		return new SignIn(email, PASSWORD);
	}

	private TreeSet<String> storedFiles() throws IOException {
		Path store = this.dataDir.resolve("files");
		TreeSet<String> files = new TreeSet<>();
		if (!Files.isDirectory(store)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(store)) {
			paths.filter(Files::isRegularFile)
				.filter((file) -> !store.relativize(file).startsWith("incoming"))
				.forEach((file) -> files.add(store.relativize(file).toString()));
		}
		return files;
	}

	private static List<Path> partFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
	}

}
