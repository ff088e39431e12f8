package uk.youthjustice.library.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export and import page in a real browser, on the shared demo library, which it
 * never changes: an import into it is refused (it has content) or merges nothing new.
 * Every page passes the accessibility, HTML and phone-width checks.
 */
@WithLibrary
class ExchangeAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	LibraryExchange exchange;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void editorsHaveNoWayIn() {
		SignIn editor = SignIn.newAccount(this.accounts, Role.EDITOR);
		editor.into(browser, this.port);
		browser.driver().get(url("/admin"));
		assertThat(browser.driver().findElements(By.linkText("Export and import"))).isEmpty();
		WebSession session = WebSession.signedIn(this.port, editor);
		assertThat(session.get("/admin/exchange").statusCode()).isEqualTo(403);
		assertThat(session.get("/admin/exchange/export").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorDownloadsAnExport() {
		SignIn admin = SignIn.newAccount(this.accounts, Role.ADMIN);
		admin.into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin"));
		browser.follow(By.linkText("Export and import"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Export and import");
		assertThat(driver.findElement(By.id("download-export")).getAttribute("href"))
			.endsWith("/admin/exchange/export");
		browser.checkPage("admin-exchange");

		HttpResponse<String> download = WebSession.signedIn(this.port, admin).get("/admin/exchange/export");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment; filename=\"practice-library-"));
		assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void aFormWithoutAFileOrWithABadZipComesBackWithTheReason() throws IOException {
		SignIn.newAccount(this.accounts, Role.ADMIN).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/exchange"));
		driver.findElement(By.cssSelector("label[for='mode-1']")).click();
		browser.follow(By.id("import"));
		assertThat(driver.getTitle()).startsWith("Error: Export and import");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Choose an export file");
		assertThat(driver.findElement(By.id("mode-1")).isSelected()).as("the choice is kept").isTrue();
		browser.checkRenderedPage("admin-exchange-no-file");

		ObjectNode manifest = TestZips.manifest("0".repeat(64), 1).put("formatVersion", 7);
		Path zip = TestZips.with(manifest).writeTo(this.folder);
		driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
		browser.follow(By.id("import"));
		assertThat(driver.findElement(By.id("file-error")).getText())
			.contains("The manifest is in format version 7, but this library reads format version 1.");
		browser.checkRenderedPage("admin-exchange-bad-zip");

		Path notAZip = Files.writeString(this.folder.resolve("export.zip"), "hello", StandardCharsets.UTF_8);
		driver.findElement(By.id("file")).sendKeys(notAZip.toAbsolutePath().toString());
		browser.follow(By.id("import"));
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("The file is not a zip file.");
	}

	@Test
	void importingIntoALibraryWithContentIsRefusedOrMergesWithoutDuplicating() throws IOException {
		Path export = this.folder.resolve("library.zip");
		try (OutputStream out = Files.newOutputStream(export)) {
			this.exchange.prepareExport().writeTo(out);
		}
		long resources = resources();
		SignIn.newAccount(this.accounts, Role.ADMIN).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/exchange"));

		driver.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
		browser.follow(By.id("import"));
		assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("Nothing was imported.");
		assertThat(driver.findElement(By.id("problems")).getText()).contains("This library already has content.");
		assertThat(driver.findElement(By.id("report-resources")).getText())
			.isEqualTo("Resources 0 " + resources + " 0");
		browser.checkRenderedPage("admin-exchange-refused");

		driver.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("label[for='mode-1']")).click();
		browser.follow(By.id("import"));
		assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("Imported.");
		assertThat(driver.findElement(By.id("report-resources")).getText())
			.isEqualTo("Resources 0 " + resources + " 0");
		browser.checkRenderedPage("admin-exchange-merged");
		assertThat(resources()).isEqualTo(resources);
	}

	private long resources() {
		return this.jdbc.queryForObject("select count(*) from resource", Long.class);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
