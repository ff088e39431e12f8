package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.DownloadReport.Pair;
import uk.youthjustice.library.benchmark.DownloadReport.RangeTimes;
import uk.youthjustice.library.benchmark.PackagedLibrary.MemorySnapshot;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads under load (issue 04, "Speed"): the packaged app at {@code -Xmx256m} serving
 * one large attachment to many concurrent {@code curl}s over loopback, interleaved with
 * the same number of {@code curl}s reading the stored file from disk (the ceiling); the
 * app's heap sampled throughout; and ranges near the end of the file timed against ranges
 * at its start. Writes its figures into docs/benchmarks.md; asserts that every download
 * was complete, not that any target was met.
 *
 * <p>
 * {@code ./mvnw -Pbenchmark verify -Dit.test=DownloadBenchmark}; system properties
 * {@code benchmark.download.clients}, {@code benchmark.download.per-client},
 * {@code benchmark.download.size-mib} and {@code benchmark.repetitions} change the run.
 */
class DownloadBenchmark {

	static final String HEAP = "-Xmx256m";

	static final long SEED = 20_260_404L;

	static final int RANGE_BYTES = 64 * 1024;

	@TempDir
	Path dataDir;

	@Test
	void servesLargeFilesToManyClients() throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Path jar = Path.of(required("benchmark.jar"));
		assertThat(jar).as("the packaged app (run in the benchmark profile, after package)").isRegularFile();
		String url = TestDatabase.createFresh("benchmark");
		Path log = jar.toAbsolutePath().getParent().resolve("benchmark").resolve("download-server.log");
		try (PackagedLibrary library = PackagedLibrary.start(jar, url, TestDatabase.user(), TestDatabase.password(),
				this.dataDir, log, HEAP)) {
			say("started the app, pid %d, port %d, log %s", library.pid(), library.port(), log);
			library.awaitReady("/", (home) -> !home.isBlank(), Duration.ofMinutes(5));
			StoredBigFile file = storeBigFile(this.dataDir.resolve("files"), settings.sizeBytes());
			long id = attach(url, file);
			String download = "http://%s:%d/files/%d/%s".formatted(PackagedLibrary.HOST, library.port(), id,
					file.name());
			String disk = file.path().toUri().toString();
			say("%s: %,d bytes, sha256 %s", download, file.size(), file.sha256());

			MemorySnapshot before = library.memory();
			List<Pair> pairs = new ArrayList<>();
			long peakHeap;
			long peakOld;
			long fullCollections;
			try (HeapSampler heap = HeapSampler.start(library.pid(), 250)) {
				Curls.run(download, settings, file.size(), true);
				Curls.run(disk, settings, file.size(), false);
				say("warmed up");
				heap.resetPeaks();
				for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
					double app = Curls.run(download, settings, file.size(), true);
					double ceiling = Curls.run(disk, settings, file.size(), false);
					pairs.add(new Pair(app, ceiling));
					say("run %d: app %,.0f MiB/s, disk %,.0f MiB/s, heap peak so far %,d MiB", repetition, app, ceiling,
							heap.peakUsedKib() / 1024);
				}
				peakHeap = heap.peakUsedKib();
				peakOld = heap.peakOldKib();
				fullCollections = heap.fullCollections();
				assertThat(heap.samples()).as("heap samples taken").isPositive();
			}
			MemorySnapshot after = library.memory();
			RangeTimes ranges = rangeTimes(download, file.size());
			say("ranges: %s", ranges);

			DownloadReport report = new DownloadReport(settings, file, pairs, before, after, peakHeap, peakOld,
					fullCollections, ranges,
					new DownloadReport.Machine(PackagedLibrary.run("nproc").strip(), PackagedLibrary.run("free", "-g"),
							PackagedLibrary.run("curl", "--version").lines().findFirst().orElse("curl"),
							library.commandForReport(), LocalDate.now(ZoneId.of("Europe/London"))));
			String markdown = report.markdown();
			ReportSection.write(Path.of(required("benchmark.report")), DownloadReport.SECTION, markdown);
			BenchmarkSummary.write(Path.of(required("benchmark.report")), DownloadReport.SECTION, report.figures());
			say("wrote %s:%n%s", required("benchmark.report"), markdown);
		}
	}

	/**
	 * Times small ranges at the start and at the end of the file, interleaved, one
	 * client; and a few whole-file downloads for scale.
	 */
	private static RangeTimes rangeTimes(String download, long size) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String start = "bytes=0-" + (RANGE_BYTES - 1);
		String end = "bytes=" + (size - RANGE_BYTES) + "-";
		Histogram atStart = new Histogram(60_000_000L, 3);
		Histogram atEnd = new Histogram(60_000_000L, 3);
		for (int i = 0; i < 100; i++) {
			timeRange(client, download, start, null);
			timeRange(client, download, end, null);
		}
		for (int i = 0; i < 500; i++) {
			timeRange(client, download, start, atStart);
			timeRange(client, download, end, atEnd);
		}
		Histogram whole = new Histogram(60_000_000L, 3);
		for (int i = 0; i < 7; i++) {
			long began = System.nanoTime();
			HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(download)).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(answer.statusCode()).isEqualTo(200);
			whole.recordValue((System.nanoTime() - began) / 1_000);
		}
		return new RangeTimes(RANGE_BYTES, atStart, atEnd, whole);
	}

	private static void timeRange(HttpClient client, String download, String range, Histogram into)
			throws IOException, InterruptedException {
		long began = System.nanoTime();
		HttpResponse<byte[]> answer = client.send(
				HttpRequest.newBuilder(URI.create(download)).header("Range", range).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		long micros = (System.nanoTime() - began) / 1_000;
		assertThat(answer.statusCode()).as(range).isEqualTo(206);
		assertThat(answer.body()).as(range).hasSize(RANGE_BYTES);
		if (into != null) {
			into.recordValue(micros);
		}
	}

	/**
	 * Writes the file where the file system content store keeps it
	 * ({@code files/ab/cd/abcd…}), as an upload would have.
	 */
	private static StoredBigFile storeBigFile(Path root, long size) throws IOException {
		Files.createDirectories(root);
		Path temporary = Files.createTempFile(root, "benchmark-", ".tmp");
		MessageDigest digest = sha256();
		Random random = new Random(SEED);
		byte[] chunk = new byte[1024 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
			for (long written = 0; written < size; written += chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
			}
		}
		String sha = HexFormat.of().formatHex(digest.digest());
		Path target = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		Files.createDirectories(target.getParent());
		Files.move(temporary, target);
		return new StoredBigFile(target, size, sha, "benchmark-%dmib.bin".formatted(size / (1024 * 1024)));
	}

	/** Attaches the stored file to the first public resource, as a row only. */
	private static long attach(String url, StoredBigFile file) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				PreparedStatement insert = connection.prepareStatement(
						"""
								insert into attachment (resource_id, position, title, file_name, media_type, size_bytes, sha256,
									extraction_status, created_at, updated_at)
								select id, 1000, 'Benchmark file', ?, 'application/octet-stream', ?, ?, 'NOT_SUPPORTED', now(), now()
								from resource where status = 'PUBLISHED' and published_at <= now() order by id limit 1
								returning id
								""")) {
			insert.setString(1, file.name());
			insert.setLong(2, file.size());
			insert.setString(3, file.sha256());
			try (ResultSet ids = insert.executeQuery()) {
				assertThat(ids.next()).as("a public resource to attach the file to").isTrue();
				return ids.getLong(1);
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by the benchmark profile)", property).isNotBlank();
		return value;
	}

	static void say(String format, Object... args) {
		System.out.println("[downloads] " + String.format(Locale.UK, format, args));
	}

	/** The large file, stored. */
	record StoredBigFile(Path path, long size, String sha256, String name) {
	}

	/**
	 * Many {@code curl} processes at once, each fetching the same address a few times.
	 */
	static final class Curls {

		private Curls() {
		}

		/**
		 * Runs the clients to completion and checks every transfer.
		 * @return aggregate MiB/s from the first start to the last finish
		 */
		static double run(String url, Settings settings, long size, boolean http) throws Exception {
			List<String> command = new ArrayList<>(List.of("curl", "-s", "-w", "%{http_code} %{size_download}\\n"));
			for (int i = 0; i < settings.perClient(); i++) {
				command.addAll(List.of("-o", "/dev/null", url));
			}
			List<Process> clients = new ArrayList<>();
			long began = System.nanoTime();
			for (int i = 0; i < settings.clients(); i++) {
				clients.add(new ProcessBuilder(command).redirectErrorStream(true).start());
			}
			for (Process client : clients) {
				String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
				assertThat(client.waitFor()).as("curl %s: %s", url, output).isZero();
				assertThat(output.lines()).as("curl %s", url)
					.hasSize(settings.perClient())
					.allMatch((line) -> line.equals((http ? "200 " : "000 ") + size));
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			return settings.clients() * (double) settings.perClient() * size / (1024.0 * 1024.0) / seconds;
		}

	}

	/** How the run is shaped; defaults from the issue and docs/benchmark-method. */
	record Settings(int clients, int perClient, int sizeMib, int repetitions) {

		static Settings fromSystemProperties() {
			return new Settings(Integer.getInteger("benchmark.download.clients", 50),
					Integer.getInteger("benchmark.download.per-client", 2),
					Integer.getInteger("benchmark.download.size-mib", 50),
					Integer.getInteger("benchmark.repetitions", 5));
		}

		long sizeBytes() {
			return this.sizeMib * 1024L * 1024L;
		}

	}

}
