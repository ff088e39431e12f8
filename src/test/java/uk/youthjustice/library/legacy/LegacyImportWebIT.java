package uk.youthjustice.library.legacy;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page over HTTP with bad input: no file, an empty file, a binary file, a 50
 * MB text file, each refused with a reason and nothing kept; Windows-1252 and UTF-8 with
 * a byte order mark read alike; an upload kept between visits; an import shown in
 * progress.
 */
@WithLibrary
class LegacyImportWebIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private WebSession admin() {
		return WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));
	}

	private long uploads() {
		return this.jdbc.queryForObject("select count(*) from legacy_import_upload", Long.class);
	}

	private static Map<String, byte[]> files(Object... nameThenBytes) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < nameThenBytes.length; i += 2) {
			files.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
		}
		return files;
	}

	private static final String PAGE = """
			Tuesday, 14 May 2019 10:00

			Pottery Workshop for Care Leavers

			Age: 16-21
			Cost: £25 a term

			Care leavers make pots with a local artist.

			YOT: Riverside YOT
			Email: pottery@riverside.example.gov.uk
			Published in Practice Examples
			""";

	@Test
	void editorsCannotImport() {
		WebSession editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR));
		assertThat(editor.get("/admin/import", "Accept", "text/html").statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(editor.get("/admin", "Accept", "text/html").body()).select("a[href=/admin/import]"))
			.isEmpty();
	}

	@Test
	void badFilesAreRefusedWithAReasonAndNothingIsKept() {
		WebSession admin = admin();
		assertThat(Jsoup.parse(admin.get("/admin", "Accept", "text/html").body()).select("a[href=/admin/import]"))
			.hasSize(1);
		long before = uploads();

		HttpResponse<String> none = admin.postFiles("/admin/import", "files", files("", new byte[0]));
		assertThat(none.statusCode()).isEqualTo(200);
		Document nonePage = Jsoup.parse(none.body());
		assertThat(nonePage.title()).startsWith("Error: ");
		assertThat(nonePage.select(".govuk-error-summary").text()).contains("Select one or more text files");

		byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
		Arrays.fill(fiftyMegabytes, (byte) 'a');
		byte[] binary = { 'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3, (byte) 0xFF, 0 };
		HttpResponse<String> bad = admin.postFiles("/admin/import", "files",
				files("good.txt", PAGE.getBytes(StandardCharsets.UTF_8), "empty.txt", new byte[0], "photo.txt", binary,
						"huge.txt", fiftyMegabytes));
		assertThat(bad.statusCode()).isEqualTo(200);
		String errors = Jsoup.parse(bad.body()).select(".govuk-error-summary").text();
		assertThat(errors).contains("empty.txt: the file is empty")
			.contains("photo.txt: this is not a text file")
			.contains("huge.txt: the file is 50.0 MB, more than the 2 MB")
			.doesNotContain("good.txt");
		assertThat(uploads()).isEqualTo(before);
	}

	@Test
	void aRequestOverTheContainersLimitComesBackToTheFormWithAReason() {
		WebSession admin = admin();
		HttpResponse<String> tooLarge = admin.postFiles("/admin/import", "files",
				files("enormous.txt", new byte[75 * 1024 * 1024]));
		assertThat(tooLarge.statusCode()).isEqualTo(302);
		assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).endsWith("/admin/import");
		Document form = Jsoup.parse(admin.get("/admin/import", "Accept", "text/html").body());
		assertThat(form.select(".govuk-error-summary").text()).contains("The files were too large to receive");
	}

	@Test
	void windows1252AndUtf8WithAByteOrderMarkAreReadAndKeptBetweenVisits() {
		WebSession admin = admin();
		String other = PAGE.replace("Pottery Workshop", "Pottery Club");
		HttpResponse<String> uploaded = admin.postFiles("/admin/import", "files",
				files("windows.txt", PAGE.getBytes(Charset.forName("windows-1252")), "bom.txt",
						("\uFEFF" + other).getBytes(StandardCharsets.UTF_8)));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/admin/import/[0-9a-f-]{36}");
		String path = location.substring(location.indexOf("/admin/import/"));

		Document report = Jsoup.parse(admin.get(path, "Accept", "text/html").body());
		assertThat(report.select("main").text()).contains("Read as Windows-1252.")
			.contains("Read as UTF-8 with a byte order mark.")
			.contains("Pottery Workshop for Care Leavers")
			.contains("Pottery Club for Care Leavers")
			.contains("Riverside YOT");
		assertThat(report.select("#count-new").text()).isEqualTo("2");
		// Going back to the page later shows the same report: the text is kept.
		Document again = Jsoup.parse(admin.get(path, "Accept", "text/html").body());
		assertThat(again.select("#import-summary, .govuk-summary-card").outerHtml())
			.isEqualTo(report.select("#import-summary, .govuk-summary-card").outerHtml());

		assertThat(admin.get("/admin/import/not-an-upload", "Accept", "text/html").statusCode()).isEqualTo(404);
		assertThat(admin.postWithToken("/admin/import/not-an-upload", "as", "drafts").statusCode()).isEqualTo(404);
	}

	@Test
	void anImportInProgressShowsAProgressBarThatReloadsWithoutScript() {
		WebSession admin = admin();
		String location = admin
			.postFiles("/admin/import", "files",
					files("progress.txt", PAGE.replace("Pottery", "Weaving").getBytes(StandardCharsets.UTF_8)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		String token = location.substring(location.lastIndexOf('/') + 1);
		this.jdbc.update("update legacy_import_upload set status = 'IMPORTING', started_at = current_timestamp "
				+ "where token = ?", token);

		Document page = Jsoup.parse(admin.get("/admin/import/" + token, "Accept", "text/html").body());
		assertThat(page.select("progress#import-progress")).hasSize(1);
		assertThat(page.select("head noscript").html()).contains("http-equiv=\"refresh\"");
		assertThat(page.select(".library-reindex-progress__text").text()).isEqualTo("Starting the import");
		// The script's status: this node runs no import for the upload.
		HttpResponse<String> status = admin.get("/admin/import/" + token + "/status", "Accept", "application/json");
		assertThat(status.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(status.body()).contains("\"running\":false").contains("The import has finished.");
		// A second confirmation, say from another tab, starts nothing.
		HttpResponse<String> confirm = admin.postWithToken("/admin/import/" + token, "as", "published");
		assertThat(confirm.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(admin.get("/admin/import/" + token, "Accept", "text/html").body()).select("main").text())
			.contains("This import had already started.");
		assertThat(this.jdbc.queryForObject("select count(*) from resource where title = ?", Long.class,
				"Weaving Workshop for Care Leavers"))
			.isZero();
		this.jdbc.update("delete from legacy_import_upload where token = ?", token);
	}

}
