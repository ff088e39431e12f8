package uk.youthjustice.library.catalogue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor keeps the categories, topics and evidence classifications in a real browser:
 * every page passes the accessibility, HTML and phone-width checks, including the form
 * with errors and the refusal to delete a category in use.
 */
@WithLibrary
class TaxonomyAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anEditorMovesBetweenTheListsAndAddsChangesAndDeletesACategory() {
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + this.port + "/admin/categories");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Categories");
		browser.checkPage("admin-categories");

		browser.follow(By.linkText("Topics"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Topics");
		browser.checkPage("admin-topics");
		browser.follow(By.linkText("Evidence classifications"));
		assertThat(driver.findElement(By.cssSelector(".library-sub-navigation [aria-current=page]")).getText())
			.isEqualTo("Evidence classifications");
		browser.checkPage("admin-evidence");

		browser.follow(By.linkText("Categories"));
		browser.follow(By.linkText("Add a category"));
		browser.checkPage("admin-category-new");

		WebElement position = driver.findElement(By.id("position"));
		position.clear();
		position.sendKeys("first");
		driver.findElement(By.id("description")).sendKeys("<b>Kept</b> as typed");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a name")
			.contains("Position must be a whole number from 0 to 9999");
		assertThat(driver.findElement(By.id("description")).getAttribute("value")).isEqualTo("<b>Kept</b> as typed");
		browser.checkRenderedPage("admin-category-errors");

		String name = "Browser category " + this.unique;
		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("position")).clear();
		driver.findElement(By.id("position")).sendKeys("97");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Category added");

		browser.follow(By.linkText(name));
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
			.contains("/categories/browser-category-" + this.unique);
		browser.checkPage("admin-category-edit");
		driver.findElement(By.id("name")).clear();
		driver.findElement(By.id("name")).sendKeys(name + " renamed");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.findElement(By.linkText(name + " renamed")).isDisplayed()).isTrue();

		browser.follow(By.linkText(name + " renamed"));
		browser.follow(By.linkText("Delete this category"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Delete the category ‘" + name + " renamed’?");
		browser.checkPage("admin-category-delete");
		browser.follow(By.cssSelector("main button.govuk-button--warning"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Category deleted");
		assertThat(driver.findElements(By.linkText(name + " renamed"))).isEmpty();
		assertThat(this.catalogue.findCategory("browser-category-" + this.unique)).isEmpty();
	}

	@Test
	void aCategoryInUseCannotBeDeletedAndTheEditorIsToldWhy() {
		Category category = this.catalogue
			.save(new Category("in-use-" + this.unique, "In use " + this.unique, null, 96));
		Resource draft = this.catalogue.save(new Resource(ResourceKind.PRACTICE_EXAMPLE, "in-use-draft-" + this.unique,
				"A draft <em>filed</em> here " + this.unique, category));
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + this.port + "/admin/categories/" + category.getId() + "/delete");

		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("You cannot delete the category ‘In use " + this.unique + "’");
		WebElement link = driver.findElement(By.cssSelector("main tbody a"));
		assertThat(link.getText()).isEqualTo("A draft <em>filed</em> here " + this.unique);
		assertThat(link.getAttribute("href")).endsWith("/admin/resources/" + draft.getId());
		assertThat(driver.findElements(By.cssSelector("main button.govuk-button--warning"))).isEmpty();
		browser.checkPage("admin-category-in-use");
	}

}
