package uk.youthjustice.library.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class ListingBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@BeforeEach
	void createCategoryOnce() {
		ListingFixture.ensure(this.catalogue);
	}

	@Test
	void fromHomeToACategoryToAResource() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		browser.follow(By.linkText("Listing test category"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Listing test category");
		browser.checkPage("category");
		browser.follow(By.cssSelector(".library-resource-list__item h3 a"));
		assertThat(driver.getCurrentUrl()).contains("/resources/" + ListingFixture.CATEGORY + "-45");
	}

	@Test
	void filtersAndPaginationWorkWithoutJavaScriptHelp() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/categories/" + ListingFixture.CATEGORY);

		driver.findElement(By.cssSelector("label[for=type-1]")).click();
		browser.follow(By.cssSelector(".library-filters button[type=submit]"));

		assertThat(driver.getCurrentUrl()).contains("type=guidance");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("15 resources");
		assertThat(driver.findElement(By.cssSelector(".library-filter-tag")).getText()).contains("Type: Guidance");
		browser.checkPage("category-filtered");

		browser.follow(By.cssSelector(".library-filter-tag"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("45 resources Page 1 of 3");

		browser.follow(By.cssSelector(".govuk-pagination__next a"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).endsWith("Page 2 of 3");
		assertThat(driver.findElement(By.cssSelector(".govuk-pagination__item--current a")).getText()).isEqualTo("2");
	}

	@Test
	void topicPageAndItsBadAgeMessage() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/topics/" + ListingFixture.TOPIC + "?age=old");

		assertThat(driver.findElement(By.id("age-error")).getText().replaceAll("\\s+", " "))
			.isEqualTo("Error: Enter an age as a whole number from 0 to 30");
		browser.checkPage("topic");
	}

	@Test
	void searchFromTheHomePage() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		driver.findElement(By.id("search-q")).sendKeys("Listed resource 07");
		browser.follow(By.cssSelector("form[role=search] button"));

		assertThat(driver.getTitle()).startsWith("Search results for “Listed resource 07”");
		assertThat(driver.findElements(By.cssSelector(".library-resource-list__item h3")).get(0).getText())
			.isEqualTo("Listed resource 07");
		browser.checkPage("search");
	}

}
