package uk.youthjustice.library.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.support.LibraryProcess;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.TestDatabase;
import uk.youthjustice.library.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content store's disk full. What it proves: an editor's upload fails with a clear
 * message on the form, with the title they typed kept; no attachment row, no stored file
 * and no unfinished upload is left; every file stored before is unchanged and still
 * downloads; other pages still work; and once space is freed the same upload succeeds.
 * <p>
 * The store is a real 8 MB tmpfs mounted for the test and filled up, so the failure is
 * the operating system's own "No space left on device". Where mounting is not permitted
 * (not root, no CAP_SYS_ADMIN), the store's {@code receive} fails with that same
 * IOException instead, which is what the library sees of a full disk.
 */
class ContentStoreFullIT {

	private static final String NO_SPACE = "No space left on device";

	@TempDir
	static Path dataDir;

	@TempDir
	static Path storeDir;

	private static boolean mounted;

	private static volatile boolean simulatedFull;

	private static ConfigurableApplicationContext library;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void aLibraryWithItsStoreOnASmallDisk() throws Exception {
		mounted = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", storeDir.toString());
		String databaseUrl = TestDatabase.createFresh("store_full");
		List<String> settings = new ArrayList<>(Arrays.asList(LibraryProcess.postgres(databaseUrl)));
		settings.add("library.attachments.store=" + storeDir);
		settings.add("library.operations.min-free-space=1KB");
		ApplicationListener<ApplicationPreparedEvent> simulation = (prepared) -> prepared.getApplicationContext()
			.getBeanFactory()
			.addBeanPostProcessor(new FullWhenAsked());
		library = LibraryProcess.start(dataDir, mounted ? List.of() : List.of(simulation),
				settings.toArray(String[]::new));
		jdbc = library.getBean(JdbcTemplate.class);
		// The demo content's files read and their thumbnails stored before anything is
		// compared.
		library.getBean(ExtractionWorker.class).runUntilIdle();
	}

	@AfterAll
	static void stop() {
		if (library != null) {
			library.close();
		}
		if (mounted) {
			run("umount", storeDir.toString());
		}
	}

	@Test
	void anUploadToAFullDiskFailsClearlyAndNothingElseChanges() throws Exception {
		int port = ((WebServerApplicationContext) library).getWebServer().getPort();
		WebSession editor = WebSession.signedIn(port, SignIn.newAccount(library.getBean(Accounts.class)));
		Map<String, Object> existing = jdbc.queryForMap("select a.id, a.file_name, a.sha256, a.resource_id "
				+ "from attachment a join resource r on r.id = a.resource_id where r.status = 'PUBLISHED' "
				+ "order by a.id limit 1");
		String download = "/files/" + existing.get("id") + "/" + existing.get("file_name");
		byte[] downloadedBefore = bytes(port, download);
		long resourceId = ((Number) existing.get("resource_id")).longValue();
		Map<String, String> storedBefore = storedFiles();
		List<Map<String, Object>> rowsBefore = jdbc.queryForList("select * from attachment order by id");
		assertThat(storedBefore).isNotEmpty();

		Path filler = fillTheDisk();
		byte[] upload = "A report written while the disk was full.\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		String form = "/admin/resources/" + resourceId + "/attachments/new";
		HttpResponse<String> refused = editor.postForm(form, Map.of("title", "Typed title, kept on the form"), "file",
				"full-disk-report.txt", upload);

		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".govuk-error-summary").text()).contains("file storage is full or not working");
		assertThat(page.select(".govuk-error-message").text()).contains("file storage is full or not working");
		assertThat(page.select("input[name=title]").val()).isEqualTo("Typed title, kept on the form");
		assertThat(jdbc.queryForList("select * from attachment order by id")).isEqualTo(rowsBefore);
		assertThat(storedFiles()).isEqualTo(storedBefore);
		assertThat(incoming()).isEmpty();
		assertThat(bytes(port, download)).isEqualTo(downloadedBefore);
		assertThat(LocalHttp.getPage(port, "/").statusCode()).isEqualTo(200);
		assertThat(LocalHttp.getPage(port, "/search?q=resettlement").statusCode()).isEqualTo(200);
		assertThat(editor.get("/admin/resources/" + resourceId, "Accept", "text/html").statusCode()).isEqualTo(200);

		freeTheDisk(filler);
		HttpResponse<String> accepted = editor.postForm(form, Map.of("title", "After space was freed"), "file",
				"full-disk-report.txt", upload);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from attachment where title = 'After space was freed'",
				Long.class))
			.isEqualTo(1);
	}

	/**
	 * Fills the store's disk to within a few kilobytes; or, unmounted, makes it refuse.
	 */
	private static Path fillTheDisk() throws IOException {
		Path filler = storeDir.resolve("filler.bin");
		if (!mounted) {
			simulatedFull = true;
			return filler;
		}
		byte[] block = new byte[64 * 1024];
		try (var out = Files.newOutputStream(filler)) {
			while (Files.getFileStore(storeDir).getUsableSpace() > 16 * 1024) {
				out.write(block);
			}
		}
		catch (IOException ex) {
			assertThat(ex.getMessage()).contains(NO_SPACE);
		}
		return filler;
	}

	private static void freeTheDisk(Path filler) throws IOException {
		simulatedFull = false;
		Files.deleteIfExists(filler);
	}

	/**
	 * Every file of the store outside {@code incoming/} and the filler, with its SHA-256.
	 */
	private static Map<String, String> storedFiles() throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(storeDir)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				String name = storeDir.relativize(file).toString();
				if (!name.startsWith("incoming") && !name.equals("filler.bin")) {
					files.put(name, sha256(file));
				}
			}
		}
		return files;
	}

	private static List<Path> incoming() throws IOException {
		Path incoming = storeDir.resolve("incoming");
		if (!Files.isDirectory(incoming)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(incoming)) {
			return files.toList();
		}
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			digest.update(in.readAllBytes());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] bytes(int port, String path) throws Exception {
		HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return answer.body();
	}

	private static boolean run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Where the store cannot be put on a small disk: it fails as a full one does. */
	static final class FullWhenAsked implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
			if (!(bean instanceof ContentStore store)) {
				return bean;
			}
			return java.lang.reflect.Proxy.newProxyInstance(ContentStore.class.getClassLoader(),
					new Class<?>[] { ContentStore.class }, (proxy, method, arguments) -> {
						if (simulatedFull && method.getName().equals("receive")) {
							throw new IOException(NO_SPACE);
						}
						try {
							return method.invoke(store, arguments);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
