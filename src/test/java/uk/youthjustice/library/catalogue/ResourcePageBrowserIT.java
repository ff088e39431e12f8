package uk.youthjustice.library.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class ResourcePageBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ResourceRepository resources;

	@Autowired
	CategoryRepository categories;

	@Test
	void practiceExampleShowsItsFactsContactsAndDocuments() {
		open("/resources/birmingham-yos-county-lines-referral-pathway");

		assertThat(browser.driver().getTitle()).endsWith(" – Youth Justice Practice Library");
		assertThat(text("h1")).startsWith("Birmingham YOS");
		assertThat(texts(".library-facts-list .govuk-summary-list__key")).contains("Type", "Category", "Age range",
				"Sex", "Cost", "Evidence", "Published");
		assertThat(text(".library-facts-list")).contains("Practice example");
		assertThat(browser.driver().findElements(By.cssSelector(".library-contact-card a[href^='tel:']"))).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector(".library-contact-card a[href^='mailto:']")))
			.isNotEmpty();
		assertThat(text(".library-attachment__metadata")).startsWith("PDF, ").contains(" KB").endsWith(" pages");
		WebElement thumbnail = browser.driver().findElement(By.cssSelector(".library-attachment__image"));
		// Loaded lazily: only once it is scrolled near.
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", thumbnail);
		Browser.waitUpTo(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !"0".equals(thumbnail.getDomProperty("naturalWidth")));
		assertThat(thumbnail.getDomProperty("naturalHeight")).as("the first page's picture loaded").isNotEqualTo("0");
		browser.driver().findElement(By.cssSelector(".library-attachment__request summary")).click();
		assertThat(browser.driver().findElement(By.cssSelector(".library-attachment__request a")).getAttribute("href"))
			.startsWith("mailto:")
			.contains("subject=Accessible%20format%20request");
		assertThat(text(".library-history__line")).startsWith("Published ");
		assertThat(hrefs(".library-tag-link")).anySatisfy((href) -> assertThat(href).contains("/topics/"))
			.anySatisfy((href) -> assertThat(href).contains("/categories/"));
		assertThat(hrefs(".govuk-breadcrumbs a")).last().asString().contains("/categories/");
		browser.checkPage("resource-practice-example");
	}

	@Test
	void practiceExampleFromAPartnerNamesItsSourceOrganisation() {
		open("/resources/leeds-northern-pathways-supported-accommodation");

		assertThat(browser.driver().findElements(By.xpath("//h2[text()='Source organisation']"))).hasSize(1);
		assertThat(text(".library-history__line:nth-of-type(2)")).startsWith("Last updated ").contains(" — ");
		WebElement history = browser.driver().findElement(By.cssSelector(".library-history__details summary"));
		history.click();
		assertThat(texts(".library-history__list li")).hasSizeGreaterThanOrEqualTo(3)
			.last()
			.asString()
			.endsWith("First published.");
	}

	@Test
	void guidanceShowsPublisherAudienceAndTheEditionItReplaces() {
		open("/resources/yjb-youth-diversion-guide-2025");

		assertThat(text(".govuk-caption-l")).isEqualTo("Guidance");
		assertThat(texts(".library-facts-list .govuk-summary-list__key")).contains("Publisher");
		assertThat(browser.driver().findElements(By.xpath("//h2[text()='Who it is for']/following-sibling::ul[1]/li")))
			.isNotEmpty();
		assertThat(text(".govuk-inset-text")).startsWith("This replaces ");
		assertThat(browser.driver().findElements(By.cssSelector(".govuk-inset-text a")))
			.as("the 2021 edition is archived, so not linked")
			.isEmpty();
		browser.checkPage("resource-guidance");
	}

	@Test
	void categoryLinkLeadsToTheCategoryPage() {
		open("/resources/yjb-constructive-resettlement-guidance");

		WebElement category = browser.driver().findElement(By.cssSelector(".library-tag-link[href*='/categories/']"));
		assertThat(category.getText()).isNotBlank();
		assertThat(category.getAttribute("href")).matches("http://localhost:\\d+/categories/[a-z0-9-]+");
	}

	@Test
	void oldAddressLandsOnTheNewOne() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Category category = this.categories.findBySlug("practice-examples")
			.orElseGet(() -> this.categories.save(new Category("browser-" + unique, "Browser " + unique, null, 60)));
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "first-name-" + unique, "Renamed " + unique,
				category);
		resource.publish(Instant.parse("2024-01-01T09:00:00Z"));
		resource.changeSlug("second-name-" + unique, Instant.parse("2024-06-01T09:00:00Z"));
		this.resources.save(resource);

		open("/resources/first-name-" + unique);

		assertThat(browser.driver().getCurrentUrl()).endsWith("/resources/second-name-" + unique);
		assertThat(text("h1")).isEqualTo("Renamed " + unique);
	}

	@Test
	void draftIsNotFound() {
		open("/resources/lambeth-yos-family-forum-parents-black-boys");

		assertThat(text("h1")).isEqualTo("Page not found");
		assertThat(browser.driver().getPageSource()).doesNotContain("family forum co-designed");
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
	}

	private static String text(String selector) {
		return browser.driver().findElement(By.cssSelector(selector)).getText();
	}

	private static List<String> texts(String selector) {
		return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

	private static List<String> hrefs(String selector) {
		return browser.driver()
			.findElements(By.cssSelector(selector))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

}
