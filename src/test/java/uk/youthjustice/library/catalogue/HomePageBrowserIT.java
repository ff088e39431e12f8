package uk.youthjustice.library.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class HomePageBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void showsCategoriesWithCountsAndTheLatestResources() {
		browser.driver().get("http://localhost:" + this.port + "/");

		assertThat(browser.driver().getTitle()).isEqualTo("Youth Justice Practice Library");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Youth Justice Practice Library");
		HomePage expected = this.catalogue.homePage();
		List<String> categories = browser.driver()
			.findElements(By.cssSelector("[aria-labelledby=categories-heading] li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(categories).hasSize(expected.categories().size());
		CategorySummary first = expected.categories().get(0);
		assertThat(categories.get(0)).startsWith(first.name()).contains(first.resourceCount() + " resource");
		List<String> latest = browser.driver()
			.findElements(By.cssSelector(".library-resource-list__item h3"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(latest).containsExactlyElementsOf(expected.latest().stream().map(ResourceSummary::title).toList());
		browser.checkPage("home");
	}

	@Test
	void skipLinkIsTheFirstThingAKeyboardReaches() {
		browser.driver().get("http://localhost:" + this.port + "/");
		WebElement first = browser.driver().findElement(By.cssSelector("body a"));
		assertThat(first.getAttribute("href")).endsWith("#main-content");
		assertThat(browser.driver().findElement(By.id("main-content")).getTagName()).isEqualTo("main");
	}

	@Test
	void unknownPageIsAFriendlyNotFound() {
		browser.driver().get("http://localhost:" + this.port + "/no-such-page");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		browser.checkPage("not-found");
	}

}
