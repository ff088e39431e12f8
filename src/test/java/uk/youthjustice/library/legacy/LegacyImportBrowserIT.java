package uk.youthjustice.library.legacy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports a page of the old hub in a real browser: a refused upload, the
 * dry run, confirming with “published”, the progress bar (the import is held at its start
 * by a lock on the ledger table) and the outcome, every page passing the accessibility,
 * HTML and phone-width checks.
 */
@WithLibrary
class LegacyImportBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@TempDir
	static Path folder;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TransactionTemplate transaction;

	private static final String PAGE = """
			JUser: :_load: Unable to load user with ID: 12

			Wednesday, 02 October 2019 11:30

			Canoe Club Referrals

			Age: 13-17
			Age: 12-17
			Sex: n/a
			Cost: none

			  \u2022 Build trust through a shared challenge

			Children join a canoe club with a youth worker for ten weeks.

			YOT: Lakeside Youth Offending Team
			Name: Morgan Ellis
			E-mail: morgan.ellis@lakeside.example.gov.uk

			Published in Practice Examples

			Some paragraph about a report with no category at all.

			Page 1 of 4
			""";

	@Test
	void anAdministratorChecksThenImportsAPageAndFollowsTheProgress() throws Exception {
		SignIn.newAccount(this.accounts, Role.ADMIN).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/import"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Import the old hub’s pages");
		assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__item--active")).getText())
			.isEqualTo("Old hub import");
		browser.checkPage("legacy-import-upload");

		Path binary = Files.write(folder.resolve("scan.txt"), new byte[] { 1, 2, 3, 0, 0, 7, 8 });
		driver.findElement(By.id("files")).sendKeys(binary.toString());
		browser.follow(By.cssSelector("form[action$='/admin/import'] button"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("scan.txt: this is not a text file");
		browser.checkRenderedPage("legacy-import-upload-error");

		Path page = Files.write(folder.resolve("hub-page.txt"), PAGE.getBytes(Charset.forName("windows-1252")));
		driver.findElement(By.id("files")).sendKeys(page.toString());
		browser.follow(By.cssSelector("form[action$='/admin/import'] button"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What the import would do");
		assertThat(driver.findElement(By.id("count-new")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("count-not-placed")).getText()).isEqualTo("1");
		String main = driver.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Canoe Club Referrals")
			.contains("Read as Windows-1252.")
			.contains("two Age lines: kept 13-17")
			.contains("Morgan Ellis, Lakeside Youth Offending Team (morgan.ellis@lakeside.example.gov.uk)")
			.contains("no ‘Published in’ line, so no category: not imported");
		browser.checkPage("legacy-import-report");
		String reportAddress = driver.getCurrentUrl();

		driver.findElement(By.cssSelector("label[for='as-published']")).click();
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("lock table legacy_import_record in access exclusive mode");
			}
			browser.follow(By.cssSelector("form[action*='/admin/import/'] button"));
			assertThat(driver.findElement(By.id("progress-heading")).getText()).isEqualTo("Importing");
			assertThat(driver.findElements(By.id("import-progress"))).hasSize(1);
			browser.checkPage("legacy-import-progress");
			lock.rollback();
		}

		Browser.waitUpTo(driver, Duration.ofSeconds(60)).until((d) -> {
			d.navigate().refresh();
			return !d.findElements(By.id("import-outcome")).isEmpty();
		});
		assertThat(driver.findElement(By.id("import-outcome")).getText()).startsWith("Imported 1 resource;");
		browser.checkPage("legacy-import-done");
		this.transaction.executeWithoutResult(
				(status) -> assertThat(this.catalogue.findResource("canoe-club-referrals").orElseThrow().getStatus())
					.isEqualTo(ResourceStatus.PUBLISHED));

		// The same page again: nothing new to import.
		driver.get(url("/admin/import"));
		driver.findElement(By.id("files")).sendKeys(page.toString());
		browser.follow(By.cssSelector("form[action$='/admin/import'] button"));
		assertThat(driver.getCurrentUrl()).isNotEqualTo(reportAddress);
		assertThat(driver.findElement(By.id("count-already")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("nothing-to-import")).getText()).contains("Nothing in these files");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
