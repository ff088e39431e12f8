package uk.youthjustice.library.accounts;

import org.junit.jupiter.api.AfterEach;
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

/**
 * The first administrator's way in: the setup link, the set-password page, then signing
 * in. Other tests sign in as administrators, so each test here starts and ends with no
 * accounts at all.
 */
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

	@BeforeEach
	@AfterEach
	void removeAccounts() {
		this.tokens.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void badInputIsExplainedAndKeptThenTheAdministratorChoosesAPasswordAndSignsIn() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + this.port + "/account/setup/" + this.accounts.issueFirstAdministratorToken());
		browser.checkPage("account-setup");

		driver.findElement(By.id("email")).sendKeys("not-an-email");
		browser.follow(By.cssSelector("main button[type=submit]"));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter an email address in the correct format")
			.contains("Enter your name");
		assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("not-an-email");
		browser.checkRenderedPage("account-setup-errors");

		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("editor.in.chief@example.org.uk");
		driver.findElement(By.id("displayName")).sendKeys("Morgan Ellis");
		browser.follow(By.cssSelector("main button[type=submit]"));

		assertThat(driver.getCurrentUrl()).contains("/account/password/");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("editor.in.chief@example.org.uk");
		driver.findElement(By.id("password")).sendKeys("password1234");
		driver.findElement(By.id("confirmPassword")).sendKeys("password1234");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("This password is too common");
		assertThat(this.accounts.hasAdministrator()).isFalse();

		driver.findElement(By.id("password")).sendKeys("walnut harbour semaphore");
		driver.findElement(By.id("confirmPassword")).sendKeys("walnut harbour semaphore");
		browser.follow(By.cssSelector("main button[type=submit]"));

		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Your password is set");
		assertThat(this.accounts.hasAdministrator()).isTrue();

		driver.findElement(By.name("username")).sendKeys("editor.in.chief@example.org.uk");
		driver.findElement(By.name("password")).sendKeys("walnut harbour semaphore");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".library-admin-navigation")).getText()).contains("Users");
	}

	@Test
	void usedOrMadeUpLinksAreRefusedPolitely() {
		browser.driver().get("http://localhost:" + this.port + "/account/setup/made-up-token");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("This setup link cannot be used");
		browser.checkPage("account-setup-link-invalid");
	}

}
