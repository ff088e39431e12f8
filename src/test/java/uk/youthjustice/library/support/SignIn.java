package uk.youthjustice.library.support;

import java.util.Set;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;

/**
 * Accounts for tests and signing them in through the real sign-in page. Each account gets
 * a fresh address, so tests sharing one library never collide.
 *
 * @param email the address to sign in with
 * @param password the account's password
 */
public record SignIn(String email, String password) {

	private static final String PASSWORD = "correct horse battery staple for tests";

	/** A new account with the given roles (an editor unless told otherwise). */
	public static SignIn newAccount(Accounts accounts, Role... roles) {
		Set<Role> granted = (roles.length == 0) ? Set.of(Role.EDITOR) : Set.of(roles);
		String email = "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.createAccount(email, "Test " + email.substring(5, 13), PASSWORD, granted);
		return new SignIn(email, PASSWORD);
	}

	/**
	 * Signs the browser out of any earlier session and into this account, and waits for
	 * the page after sign-in.
	 */
	public void into(Browser browser, int port) {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.name("username")).sendKeys(this.email);
		driver.findElement(By.name("password")).sendKeys(this.password);
		browser.follow(By.cssSelector("form button[type=submit]"));
	}

}
