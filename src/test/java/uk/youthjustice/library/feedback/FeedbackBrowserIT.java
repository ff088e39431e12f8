package uk.youthjustice.library.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class FeedbackBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	FeedbackInbox inbox;

	@Test
	void yesIsThankedOnTheSamePage() {
		ChromeDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + this.port + "/");
		driver.executeScript("document.getElementById('feedback').scrollIntoView()");
		browser.screenshot("feedback-prompt");

		browser.follow(By.cssSelector("#feedback button[value=yes]"));

		assertThat(driver.getCurrentUrl()).endsWith("/?feedback=thanks#feedback");
		assertThat(driver.findElement(By.id("feedback-thanks")).getText()).isEqualTo("Thank you for your feedback");
		assertThat(driver.findElements(By.cssSelector("#feedback form"))).isEmpty();
		assertThat(this.inbox.newestFirst(0, 1).getContent().get(0).useful()).isTrue();
		assertThat(driver.manage().getCookies()).isEmpty();
		browser.checkRenderedPage("home-feedback-thanks");
	}

	@Test
	void aProblemIsReportedAfterMistakesAreExplained() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/");
		browser.follow(By.linkText("Report a problem with this page"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Help us improve the library");
		browser.checkPage("feedback-problem");

		browser.follow(By.cssSelector("form[action='/feedback/problem'] button[type=submit]"));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter what you were doing")
			.contains("Enter what went wrong");
		browser.checkRenderedPage("feedback-errors");

		driver.findElement(By.id("whatDoing")).sendKeys("Looking for the latest resources");
		driver.findElement(By.id("whatWrong")).sendKeys("I expected a search box at the top");
		browser.follow(By.cssSelector("form[action='/feedback/problem'] button[type=submit]"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your feedback");
		FeedbackItem stored = this.inbox.newestFirst(0, 1).getContent().get(0);
		assertThat(stored.page()).isEqualTo("/");
		assertThat(stored.whatWrong()).isEqualTo("I expected a search box at the top");
		browser.checkRenderedPage("feedback-thanks");

		browser.follow(By.linkText("Go back to the page you were on"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Youth Justice Practice Library");
	}

}
