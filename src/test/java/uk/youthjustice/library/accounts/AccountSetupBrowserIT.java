package uk.youthjustice.library.accounts;

import org.junit.jupiter.api.AfterEach;
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
class AccountSetupBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SetupTokenRepository tokens;

	@AfterEach
	void removeAccounts() {
		this.tokens.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void badInputIsExplainedAndKeptThenTheAdministratorIsCreated() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/account/setup/" + this.accounts.issueFirstAdministratorToken());
		browser.checkPage("account-setup");

		driver.findElement(By.id("email")).sendKeys("not-an-email");
		driver.findElement(By.id("password")).sendKeys("password1234");
		driver.findElement(By.id("confirmPassword")).sendKeys("password1234");
		browser.follow(By.cssSelector("button[type=submit]"));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter an email address in the correct format")
			.contains("Enter your name")
			.contains("This password is too common");
		assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("not-an-email");
		assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
		browser.checkRenderedPage("account-setup-errors");

		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("editor.in.chief@example.org.uk");
		driver.findElement(By.id("displayName")).sendKeys("Morgan Ellis");
		driver.findElement(By.id("password")).sendKeys("walnut harbour semaphore");
		driver.findElement(By.id("confirmPassword")).sendKeys("walnut harbour semaphore");
		browser.follow(By.cssSelector("button[type=submit]"));

		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Your administrator account is ready");
		assertThat(this.accounts.findByEmail("editor.in.chief@example.org.uk")).isPresent();
		browser.checkRenderedPage("home-after-setup");
	}

	@Test
	void usedOrMadeUpLinksAreRefusedPolitely() {
		browser.driver().get("http://localhost:" + this.port + "/account/setup/made-up-token");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("This setup link cannot be used");
		browser.checkPage("account-setup-link-invalid");
	}

}
