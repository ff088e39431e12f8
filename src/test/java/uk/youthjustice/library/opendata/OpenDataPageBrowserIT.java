package uk.youthjustice.library.opendata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class OpenDataPageBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void theOpenDataPageIsReachedFromTheFooterAndLinksTheApiDescription() {
		browser.driver().get("http://localhost:" + this.port + "/");
		browser.follow(By.linkText("Open data"));

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Open data");
		assertThat(browser.driver().findElements(By.cssSelector("#endpoints .govuk-summary-list__row"))).hasSize(6);
		assertThat(browser.driver().findElement(By.cssSelector("#endpoints dt code")).getText())
			.isEqualTo("/api/v1/resources");
		assertThat(browser.driver().findElement(By.id("openapi-link")).getAttribute("href"))
			.isEqualTo("http://localhost/api/v1/openapi.json");
		browser.checkPage("open-data");

		// The example is a working query of the API.
		String example = browser.driver().findElement(By.id("example-link")).getAttribute("href");
		assertThat(example).isEqualTo("http://localhost/api/v1/resources?type=practice-example&age=14");
		browser.driver().get(example.replace("http://localhost/", "http://localhost:" + this.port + "/"));
		assertThat(browser.driver().getPageSource()).contains("\"totalItems\"");
	}

}
