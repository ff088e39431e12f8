package uk.youthjustice.library.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an account and passes on its set-password link; its owner
 * chooses a password and signs in; the administrator disables and re-enables it and reads
 * the sign-in records.
 */
@WithLibrary
class UserAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorCreatesAnAccountWhoseOwnerChoosesAPassword() {
		WebDriver driver = browser.driver();
		SignIn.newAccount(this.accounts, Role.ADMIN, Role.EDITOR).into(browser, this.port);
		driver.get(url("/admin/users"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
		browser.checkPage("admin-users");

		browser.follow(By.linkText("Create an account"));
		browser.checkPage("admin-user-new");
		String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		driver.findElement(By.id("email")).sendKeys(email.replace("@", " at "));
		driver.findElement(By.id("displayName")).sendKeys("Sam <em>Patel</em>");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter an email address in the correct format")
			.contains("Select at least one role");
		assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Sam <em>Patel</em>");
		browser.checkRenderedPage("admin-user-new-errors");

		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.cssSelector("label[for=roles]")).click();
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Account created");
		String link = driver.findElement(By.id("set-password-link")).getAttribute("value");
		assertThat(link).contains("/account/password/");
		browser.checkRenderedPage("admin-user-link");

		browser.follow(By.cssSelector("main a[href^='/admin/users/']"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sam <em>Patel</em>");
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("No password yet")
			.contains("Editor");
		browser.checkPage("admin-user");

		// The owner, in a browser of their own.
		driver.manage().deleteAllCookies();
		driver.get(link.replaceFirst("^https?://[^/]+", url("")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(email);
		browser.checkPage("set-password");
		driver.findElement(By.id("password")).sendKeys("short");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Password must be at least 12 characters");
		browser.checkRenderedPage("set-password-errors");
		driver.findElement(By.id("password")).sendKeys("lighthouse marmalade tandem");
		driver.findElement(By.id("confirmPassword")).sendKeys("lighthouse marmalade tandem");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Your password is set");
		browser.checkRenderedPage("sign-in-password-set");

		new SignIn(email, "lighthouse marmalade tandem").into(browser, this.port);
		assertThat(driver.findElement(By.cssSelector(".library-admin-navigation")).getText()).contains("Sign out")
			.doesNotContain("Users");

		driver.manage().deleteAllCookies();
		driver.get(link.replaceFirst("^https?://[^/]+", url("")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link cannot be used");
		browser.checkPage("set-password-link-invalid");
	}

	@Test
	void anAdministratorDisablesAndReEnablesAnAccountAndReadsTheSignInRecords() {
		WebDriver driver = browser.driver();
		SignIn editor = SignIn.newAccount(this.accounts, Role.EDITOR);
		SignIn.newAccount(this.accounts, Role.ADMIN).into(browser, this.port);
		long id = this.accounts.findByEmail(editor.email()).orElseThrow().getId();
		driver.get(url("/admin/users/" + id));

		browser.follow(By.cssSelector("form[action$='/disable'] button"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("The account is disabled");
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Disabled");
		browser.checkRenderedPage("admin-user-disabled");

		browser.follow(By.cssSelector("form[action$='/enable'] button"));
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Active");

		browser.follow(By.cssSelector("form[action$='/set-password-link'] button"));
		assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText())
			.isEqualTo("Set-password link created");

		driver.get(url("/admin/users/sign-ins"));
		assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Signed in");
		browser.checkPage("admin-sign-ins");
	}

	@Test
	void anAdministratorCannotDisableThemselves() {
		WebDriver driver = browser.driver();
		SignIn admin = SignIn.newAccount(this.accounts, Role.ADMIN);
		admin.into(browser, this.port);
		driver.get(url("/admin/users/" + this.accounts.findByEmail(admin.email()).orElseThrow().getId()));
		browser.follow(By.cssSelector("form[action$='/disable'] button"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("You cannot disable your own account");
		browser.checkRenderedPage("admin-user-disable-refused");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
