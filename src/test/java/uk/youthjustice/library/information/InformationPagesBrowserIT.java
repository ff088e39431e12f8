package uk.youthjustice.library.information;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class InformationPagesBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void accessibilityStatementIsReachedFromTheFooter() {
		browser.driver().get("http://localhost:" + this.port + "/");
		browser.follow(By.linkText("Accessibility statement"));

		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Accessibility statement for the Youth Justice Practice Library");
		assertThat(browser.driver().findElement(By.tagName("main")).getText())
			.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard");
		browser.checkPage("accessibility");
	}

	@Test
	void privacyNotice() {
		browser.driver().get("http://localhost:" + this.port + "/privacy");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
		browser.checkPage("privacy");
	}

	@Test
	void cookiesPageKeepsItsPromiseToReaders() {
		browser.driver().manage().deleteAllCookies();
		browser.driver().get("http://localhost:" + this.port + "/cookies");

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cookies");
		assertThat(browser.driver().findElement(By.cssSelector("main table tbody td")).getText())
			.isEqualTo("JSESSIONID");
		assertThat(browser.driver().manage().getCookies()).as("cookies set for a reader").isEmpty();
		browser.checkPage("cookies");
	}

}
