package uk.youthjustice.library.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.history.History;
import uk.youthjustice.library.history.HistoryPage;
import uk.youthjustice.library.history.ItemType;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code db/backup.sh} and {@code db/restore.sh}, run as an operator would (bash, with
 * the library's {@code SPRING_DATASOURCE_*} settings): a library with attachments and
 * history is backed up, restored into an empty database and data directory, and found
 * whole, table by table and byte by byte; a restore over a library that is not empty, and
 * bad input, are refused with a reason and change nothing. Needs PostgreSQL's client
 * tools (pg_dump, pg_restore, psql) on the PATH, and skips itself without them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

	private static final String EDITED = "leeds-yjs-resettlement-policy";

	@TempDir
	static Path work;

	private static String sourceUrl;

	private static String targetUrl;

	private static Path sourceData;

	private static Path targetData;

	private static Path backup;

	private static Map<String, String> sourceTables;

	private static long editedId;

	private static int editedVersions;

	@BeforeAll
	static void aLibraryWithAttachmentsAndHistory() throws Exception {
		assumeTrue(Stream.of("pg_dump", "pg_restore", "psql", "sha256sum").allMatch(BackupRestoreIT::onPath),
				"PostgreSQL's client tools (pg_dump, pg_restore, psql) are not on the PATH");
		sourceUrl = TestDatabase.createFresh("backup_source");
		targetUrl = TestDatabase.createFresh("backup_target");
		sourceData = Files.createDirectories(work.resolve("source"));
		targetData = Files.createDirectories(work.resolve("target"));
		backup = work.resolve("backup");
		try (ConfigurableApplicationContext library = LibraryProcess.start(sourceData,
				LibraryProcess.postgres(sourceUrl))) {
			Catalogue catalogue = library.getBean(Catalogue.class);
			Attachments attachments = library.getBean(Attachments.class);
			Resource resource = catalogue.findResource(EDITED).orElseThrow();
			editedId = resource.getId();
			StoredFile notes = attachments.receive("backup notes.txt",
					new ByteArrayInputStream(TestFiles.text("Notes kept only in this backup test.")));
			attachments.attach(editedId, notes, "Backup notes", false);
			StoredFile pdf = attachments.receive("backup.pdf",
					new ByteArrayInputStream(TestFiles.pdf("A page that must survive a restore.")));
			attachments.attach(editedId, pdf, "Backup guide", true);
			// Reading the PDF stores a thumbnail in the content store too.
			library.getBean(ExtractionWorker.class).runUntilIdle();
			EntityManager entityManager = library.getBean(EntityManager.class);
			library.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
				Resource found = entityManager.find(Resource.class, editedId);
				found.setTitle(found.getTitle() + " (edited before the backup)");
			});
			editedVersions = library.getBean(History.class)
				.history(ItemType.RESOURCE, editedId)
				.map(HistoryPage::versions)
				.orElseThrow()
				.size();
		}
		sourceTables = tables(sourceUrl);
	}

	@Test
	@Order(1)
	void backsUpTheDatabaseAndEveryStoredFileWithAManifest() throws Exception {
		Run run = Run.script("backup.sh", "--data-dir", sourceData.toString(), backup.toString());

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(run.output()).contains("Backed up to " + backup);
		String manifest = Files.readString(backup.resolve("MANIFEST"));
		assertThat(manifest).contains("format=practice-library-backup 1")
			.contains("dump_sha256=" + sha256(Files.readAllBytes(backup.resolve("database.dump"))))
			.contains("resources=" + count(sourceUrl, "select count(*) from resource"))
			.contains("attachments=" + count(sourceUrl, "select count(*) from attachment"))
			.contains("revisions=" + count(sourceUrl, "select count(*) from revision"))
			.contains("files_missing=0")
			.contains("schema_version=" + strings(sourceUrl,
					"select version from flyway_schema_history where success and version is not null "
							+ "order by installed_rank desc limit 1")
				.get(0));
		assertThat(backup.resolve("files").resolve("incoming")).doesNotExist();
		assertThat(backup.resolveSibling("backup.partial")).doesNotExist();
	}

	@Test
	@Order(2)
	void restoresIntoAnEmptyLibraryEveryRowEveryFileAndEveryHistoryEntry() throws Exception {
		Run run = Run.script("restore.sh", "--data-dir", targetData.toString(), backup.toString());

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(run.output()).contains("Every attachment's file is in the content store.");
		// Every table, history (revision, *_aud) included, row for row.
		assertThat(tables(targetUrl)).isEqualTo(sourceTables);
		String editedHistory = "select count(*) from resource_aud where id = " + editedId;
		assertThat(count(targetUrl, editedHistory)).isEqualTo(count(sourceUrl, editedHistory))
			.isGreaterThanOrEqualTo(2);
		List<String> files = strings(targetUrl,
				"select sha256 from attachment union select thumbnail_sha256 from attachment where thumbnail_sha256 is not null");
		assertThat(files).hasSizeGreaterThan(count(targetUrl, "select count(distinct sha256) from attachment"));
		for (String sha256 : files) {
			Path file = targetData.resolve("files")
				.resolve(sha256.substring(0, 2))
				.resolve(sha256.substring(2, 4))
				.resolve(sha256);
			assertThat(sha256(Files.readAllBytes(file))).as(file.toString()).isEqualTo(sha256);
		}

		// And the library runs on it: history, attachments and their bytes as they were.
		try (ConfigurableApplicationContext library = LibraryProcess.start(targetData,
				LibraryProcess.postgres(targetUrl))) {
			assertThat(library.getBean(Catalogue.class).findResource(EDITED).orElseThrow().getTitle())
				.endsWith("(edited before the backup)");
			assertThat(library.getBean(History.class).history(ItemType.RESOURCE, editedId).orElseThrow().versions())
				.hasSize(editedVersions);
			List<Attachment> attached = library.getBean(Attachments.class).forResource(editedId);
			assertThat(attached).extracting(Attachment::getTitle).contains("Backup notes", "Backup guide");
			ContentStore store = library.getBean(ContentStore.class);
			for (Attachment attachment : attached) {
				try (InputStream in = store.open(attachment.getSha256())) {
					assertThat(sha256(in.readAllBytes())).isEqualTo(attachment.getSha256());
				}
			}
		}
	}

	@Test
	@Order(3)
	void refusesToRestoreOverALibraryThatIsNotEmpty() throws Exception {
		Map<String, String> before = tables(targetUrl);
		List<Path> filesBefore = files(targetData);

		Run run = Run.script("restore.sh", "--data-dir", targetData.toString(), backup.toString());

		assertThat(run.status()).as(run.output()).isEqualTo(3);
		assertThat(run.output()).contains("The library is not empty")
			.contains(
					"Nothing was changed. To replace the database and add the backup's files, run again with --force.");
		assertThat(tables(targetUrl)).isEqualTo(before);
		assertThat(files(targetData)).isEqualTo(filesBefore);
	}

	@Test
	@Order(4)
	void withForceReplacesALibraryThatIsNotEmpty() throws Exception {
		TestDatabaseAccess.execute(targetUrl, "update resource set title = 'Changed after the restore'");
		TestDatabaseAccess.execute(targetUrl, "create table left_behind (id int)");

		Run run = Run.script("restore.sh", "--force", "--data-dir", targetData.toString(), backup.toString());

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(tables(targetUrl)).isEqualTo(sourceTables);
	}

	@Test
	@Order(5)
	void badInputGetsAReasonAndAnExitStatusAndChangesNothing() throws Exception {
		String emptyUrl = TestDatabase.createFresh("backup_empty");
		Path emptyData = Files.createDirectories(work.resolve("empty"));
		Path notABackup = Files.createDirectories(work.resolve("not-a-backup"));
		Files.writeString(notABackup.resolve("notes.txt"), "Not a backup");
		Path damaged = work.resolve("damaged");
		copy(backup, damaged);
		byte[] dump = Files.readAllBytes(damaged.resolve("database.dump"));
		dump[dump.length / 2] ^= 0x55;
		Files.write(damaged.resolve("database.dump"), dump);

		Run noArguments = Run.scriptOn(emptyUrl, "restore.sh");
		assertThat(noArguments.status()).isEqualTo(2);
		assertThat(noArguments.output()).contains("Usage: db/restore.sh").contains("No BACKUP_DIR given.");
		Run noDataDirectory = Run.scriptOn(emptyUrl, "restore.sh", backup.toString());
		assertThat(noDataDirectory.status()).isEqualTo(2);
		assertThat(noDataDirectory.output()).contains("No data directory: give --data-dir DIR or set LIBRARY_DATA_DIR");
		Run notOne = Run.scriptOn(emptyUrl, "restore.sh", "--data-dir", emptyData.toString(), notABackup.toString());
		assertThat(notOne.status()).isEqualTo(4);
		assertThat(notOne.output()).contains("is not a backup made by db/backup.sh: it has no MANIFEST")
			.contains("Nothing was changed.");
		Run corrupted = Run.scriptOn(emptyUrl, "restore.sh", "--data-dir", emptyData.toString(), damaged.toString());
		assertThat(corrupted.status()).isEqualTo(4);
		assertThat(corrupted.output()).contains("The backup is damaged")
			.contains("database.dump: FAILED")
			.contains("Nothing was changed.");
		Run unknownOption = Run.scriptOn(emptyUrl, "backup.sh", "--dta-dir", emptyData.toString(), "x");
		assertThat(unknownOption.status()).isEqualTo(2);
		assertThat(unknownOption.output()).contains("Unknown option: --dta-dir").contains("Usage: db/backup.sh");
		Run overABackup = Run.script("backup.sh", "--data-dir", sourceData.toString(), backup.toString());
		assertThat(overABackup.status()).isEqualTo(3);
		assertThat(overABackup.output()).contains("already exists and is not an empty folder");

		assertThat(tables(emptyUrl)).isEmpty();
		assertThat(files(emptyData)).isEmpty();
		assertThat(files(notABackup)).containsExactly(notABackup.resolve("notes.txt"));
		assertThat(tables(sourceUrl)).isEqualTo(sourceTables);
	}

	@Test
	@Order(6)
	void aFileTheDatabaseNeedsButTheStoreLacksIsNamedByTheBackupAndTheRestore() throws Exception {
		Path store = work.resolve("gap-store");
		copy(sourceData.resolve("files"), store);
		String lost = strings(sourceUrl, "select sha256 from attachment order by id limit 1").get(0);
		Files.delete(store.resolve(lost.substring(0, 2)).resolve(lost.substring(2, 4)).resolve(lost));
		Path gapBackup = work.resolve("gap-backup");

		Run backedUp = Run.script("backup.sh", "--data-dir", sourceData.toString(), "--store", store.toString(),
				gapBackup.toString());

		assertThat(backedUp.status()).as(backedUp.output()).isEqualTo(5);
		assertThat(backedUp.output()).contains("The database refers to 1 file(s) that the content store lacks")
			.contains(lost);
		assertThat(Files.readString(gapBackup.resolve("MANIFEST"))).contains("files_missing=1");

		String gapUrl = TestDatabase.createFresh("backup_gap");
		Run restored = Run.scriptOn(gapUrl, "restore.sh", "--data-dir", work.resolve("gap-data").toString(),
				gapBackup.toString());

		assertThat(restored.status()).as(restored.output()).isEqualTo(5);
		assertThat(restored.output()).contains("These files, which attachments refer to, are not in the content store")
			.contains(lost + " (missing)");
		assertThat(tables(gapUrl)).isEqualTo(sourceTables);
	}

	/**
	 * The dump is taken first and the files copied after it while editors keep uploading:
	 * whatever the interleaving, every file a row in the dump refers to must be in the
	 * backup, and the restore must find them all.
	 */
	@Test
	@Order(7)
	void backsUpARunningLibraryWhileFilesAreUploaded() throws Exception {
		Path onlineBackup = work.resolve("online-backup");
		AtomicInteger uploads = new AtomicInteger();
		AtomicBoolean backingUp = new AtomicBoolean(true);
		CountDownLatch firstSaved = new CountDownLatch(1);
		Run run;
		try (ConfigurableApplicationContext library = LibraryProcess.start(sourceData,
				LibraryProcess.postgres(sourceUrl))) {
			Attachments attachments = library.getBean(Attachments.class);
			CompletableFuture<Void> editor = CompletableFuture.runAsync(() -> {
				do {
					int number = uploads.incrementAndGet();
					try {
						StoredFile file = attachments.receive("upload " + number + ".txt", new ByteArrayInputStream(
								TestFiles.text("Uploaded during a backup, number " + number + ".")));
						attachments.attach(editedId, file, "Upload " + number, false);
						firstSaved.countDown();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				while (backingUp.get() && uploads.get() < 200);
			});
			assertThat(firstSaved.await(1, TimeUnit.MINUTES)).as("an upload saved").isTrue();
			run = Run.script("backup.sh", "--data-dir", sourceData.toString(), onlineBackup.toString());
			backingUp.set(false);
			editor.get(1, TimeUnit.MINUTES);
		}

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(Files.readString(onlineBackup.resolve("MANIFEST"))).contains("files_missing=0");
		String onlineUrl = TestDatabase.createFresh("backup_online");
		Run restored = Run.scriptOn(onlineUrl, "restore.sh", "--data-dir", work.resolve("online-data").toString(),
				onlineBackup.toString());
		assertThat(restored.status()).as(restored.output()).isZero();
		assertThat(count(onlineUrl, "select count(*) from attachment where title like 'Upload %'"))
			.as("uploads saved before the dump, of %s during the backup", uploads.get())
			.isPositive();
	}

	/** Each table of the public schema with its row count and a digest of its rows. */
	private static Map<String, String> tables(String url) throws SQLException {
		Map<String, String> tables = new TreeMap<>();
		for (String table : strings(url, "select tablename from pg_tables where schemaname = 'public'")) {
			tables.put(table, strings(url, "select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, "
					+ "E'\\n' order by t::text), '')) from public.\"" + table + "\" t")
				.get(0));
		}
		return tables;
	}

	private static int count(String url, String sql) throws SQLException {
		return Integer.parseInt(strings(url, sql).get(0));
	}

	private static List<String> strings(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> found = Files.walk(directory)) {
			return found.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> found = Files.walk(from)) {
			for (Path path : (Iterable<Path>) found.sorted()::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static boolean onPath(String tool) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, tool)));
	}

	/** Statements on a test database, as an operator's psql would run them. */
	private static final class TestDatabaseAccess {

		static void execute(String url, String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

	/** One of the scripts, run with bash and the library's settings for a database. */
	private record Run(int status, String output) {

		static Run script(String name, String... arguments) throws IOException, InterruptedException {
			String url = name.equals("backup.sh") ? sourceUrl : targetUrl;
			return scriptOn(url, name, arguments);
		}

		static Run scriptOn(String databaseUrl, String name, String... arguments)
				throws IOException, InterruptedException {
			List<String> command = new ArrayList<>(List.of("bash", Path.of("db", name).toString()));
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			Map<String, String> environment = builder.environment();
			environment.keySet().removeIf((variable) -> variable.startsWith("PG") || variable.startsWith("LIBRARY_"));
			environment.put("SPRING_DATASOURCE_URL", databaseUrl);
			environment.put("SPRING_DATASOURCE_USERNAME", TestDatabase.user());
			environment.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.password());
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError(name + " still running after five minutes");
			}
			return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}

	}

}
