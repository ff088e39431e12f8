package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page in each of its states, and scripts running under the CSP. */
@WithLibrary
class SignInBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInAttemptRepository attempts;

	@Test
	void govukFrontendStartsUnderTheContentSecurityPolicy() {
		WebDriver driver = browser.driver();
		driver.get(url("/"));
		// body-classes.js ran (a script file) ...
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("govuk-frontend-supported");
		// ... and so did library.js, whose import of govuk-frontend needs the inline
		// import map, which the policy allows by its hash.
		assertThat(driver.findElement(By.cssSelector(".govuk-skip-link")).getAttribute("data-govuk-skip-link-init"))
			.isNotNull();
		assertThat(browserErrors()).noneMatch((message) -> message.contains("Content Security Policy")
				|| message.contains("Content-Security-Policy") || message.contains("Permissions-Policy"));
	}

	@Test
	void theSignInPageExplainsEachWayASignInCanFail() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		browser.checkPage("sign-in");
		assertThat(browserErrors()).isEmpty();

		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getTitle()).startsWith("Error: Sign in");
		assertThat(errors()).isEqualTo("Enter your email address\nEnter your password");
		browser.checkRenderedPage("sign-in-empty");

		SignIn account = SignIn.newAccount(this.accounts);
		signIn(account.email(), "not the password");
		assertThat(errors()).isEqualTo("Enter a correct email address and password");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(account.email());
		assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
		browser.checkRenderedPage("sign-in-failed");

		// Five recent failures from elsewhere: even the right password is refused now.
		SignIn throttled = SignIn.newAccount(this.accounts);
		for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
			this.attempts.save(new SignInAttempt(Instant.now().minusSeconds(60 - i), throttled.email(), null,
					SignInOutcome.BAD_CREDENTIALS, "192.0.2.44", null));
		}
		signIn(throttled.email(), throttled.password());
		assertThat(errors())
			.matches("You have tried to sign in too many times\\. Try again after \\d{1,2}:\\d\\d[ap]m");
		browser.checkRenderedPage("sign-in-throttled");
	}

	@Test
	void signingOutAndAnEndedSessionAreExplained() {
		WebDriver driver = browser.driver();
		SignIn.newAccount(this.accounts).into(browser, this.port);
		browser.follow(By.cssSelector(".library-sign-out button"));
		assertThat(driver.getCurrentUrl()).endsWith("/login?signed-out");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("You have signed out");
		browser.checkPage("sign-in-signed-out");

		driver.get(url("/login?expired"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("your session ended");
		browser.checkPage("sign-in-session-ended");
	}

	@Test
	void anEditorIsRefusedAdministratorsPagesPolitely() {
		WebDriver driver = browser.driver();
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		driver.get(url("/admin/users"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot do this");
		assertThat(driver.findElement(By.cssSelector(".library-admin-navigation")).getText()).doesNotContain("Users");
		browser.checkPage("forbidden");
	}

	private void signIn(String email, String password) {
		WebDriver driver = browser.driver();
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		browser.follow(By.cssSelector("main button[type=submit]"));
	}

	private static String errors() {
		return browser.driver().findElement(By.cssSelector(".govuk-error-summary__list")).getText();
	}

	private static List<String> browserErrors() {
		return browser.driver()
			.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
