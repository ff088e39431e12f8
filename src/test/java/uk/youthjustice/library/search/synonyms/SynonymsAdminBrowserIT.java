package uk.youthjustice.library.search.synonyms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor changes the synonyms in a real browser: the page, the form with an error, the
 * standard synonyms in the box and the page after saving all pass the accessibility, HTML
 * and phone-width checks.
 */
@WithLibrary
class SynonymsAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Synonyms synonyms;

	private SavedSynonyms before;

	@BeforeEach
	void remember() {
		this.before = this.synonyms.saved();
	}

	@AfterEach
	void putBack() {
		if (this.synonyms.saved().version() != this.before.version()) {
			this.synonyms.save(this.before.body(), "synonyms-browser-it@example.org");
		}
		this.synonyms.apply();
	}

	@Test
	void anEditorFixesAMistakeRestoresTheStandardSynonymsAndSaves() {
		SignIn.newAccount(this.accounts).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/admin/search/synonyms");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Synonyms");
		assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__item--active")).getText())
			.isEqualTo("Search");
		assertThat(driver.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo(this.before.body().replace("\r\n", "\n"));
		browser.checkPage("admin-search-synonyms");

		WebElement box = driver.findElement(By.id("body"));
		box.clear();
		box.sendKeys("yot, youth offending team\nzorbing\n");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Line 2: add at least");
		assertThat(driver.findElement(By.id("body-error")).getText()).contains("Line 2:");
		assertThat(driver.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo("yot, youth offending team\nzorbing\n");
		browser.checkRenderedPage("admin-search-synonyms-errors");

		browser.follow(By.linkText("Restore the standard synonyms"));
		assertThat(driver.findElement(By.id("synonyms-standard")).getText()).contains("They are not saved yet");
		assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo(this.synonyms.standard());
		browser.checkPage("admin-search-synonyms-standard");

		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Synonyms saved. They apply to search after the index is rebuilt.");
		assertThat(driver.findElement(By.id("synonyms-last-changed")).getText()).startsWith("Last changed by test-");
		browser.checkPage("admin-search-synonyms-saved");

		driver.navigate().refresh();
		assertThat(driver.findElement(By.id("synonyms-pending")).getText())
			.contains("Saved changes apply from the next rebuild of the search index.");
		browser.checkPage("admin-search-synonyms-pending");
	}

}
