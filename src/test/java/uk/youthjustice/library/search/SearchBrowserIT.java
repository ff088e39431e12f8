package uk.youthjustice.library.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page in a real browser, over the demo content, checked with axe-core. */
@WithLibrary
class SearchBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void searchFilterAndRemoveTheFilter() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/search");
		browser.checkPage("search-browse");

		driver.findElement(By.id("search-q")).sendKeys("exploitation");
		browser.follow(By.cssSelector(".library-search__button"));
		String allResults = driver.findElement(By.id("results-heading")).getText();
		assertThat(allResults).matches("\\d+ results? for “exploitation”");
		assertThat(driver.findElements(By.cssSelector(".library-hit mark"))).isNotEmpty();
		browser.checkPage("search-results");

		WebElement firstType = driver.findElement(By.cssSelector("label[for=type-0]"));
		String chosen = firstType.getText().replaceAll(" \\(\\d+\\)$", "");
		firstType.click();
		browser.follow(By.cssSelector(".library-filters button[type=submit]"));

		assertThat(driver.getCurrentUrl()).contains("q=exploitation").contains("type=");
		assertThat(driver.findElement(By.cssSelector(".library-filter-tag")).getText()).contains("Type: " + chosen);
		browser.checkPage("search-filtered");

		browser.follow(By.cssSelector(".library-filter-tag"));
		assertThat(driver.findElement(By.id("results-heading")).getText()).isEqualTo(allResults);
	}

	@Test
	void nothingFoundGivesAdvice() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/search?q=qwxzv+plokmij");

		assertThat(driver.findElement(By.id("results-heading")).getText()).startsWith("No results");
		assertThat(driver.findElement(By.cssSelector(".govuk-list--bullet")).getText()).contains("Check your spelling");
		browser.checkPage("search-nothing");
	}

}
