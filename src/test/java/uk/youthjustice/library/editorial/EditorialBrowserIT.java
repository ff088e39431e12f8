package uk.youthjustice.library.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors at work in Chromium: creating a practice example with the add-another lists
 * (with JavaScript, and once as a browser without it would), attaching a contact,
 * previewing Markdown, a form in error, the change note of a published resource, and two
 * editors saving the same resource.
 */
@WithLibrary
class EditorialBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@RegisterExtension
	static final Browser otherBrowser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Editing editing;

	@Autowired
	EditableResources resources;

	@Autowired
	TransactionTemplate transaction;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anEditorCreatesAPracticeExampleWithAimsStepsAndAContact() {
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/resources/new"));
		browser.checkPage("editorial-choose-kind");
		browser.follow(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		browser.checkPage("editorial-choose-kind-error");

		driver.findElement(By.id("kind")).click();
		browser.follow(By.cssSelector("main button.govuk-button[type=submit]"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("New practice example");
		browser.checkPage("editorial-new-practice-example");

		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getTitle()).startsWith("Error: New practice example");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a title",
				"Select a category");
		browser.checkRenderedPage("editorial-new-practice-example-errors");

		String title = "Youth panel mentoring " + this.unique;
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("summary")).sendKeys("Volunteers mentor children on referral orders.");
		new Select(driver.findElement(By.id("category"))).selectByIndex(1);
		driver.findElement(By.id("ageMinimum")).sendKeys("12");
		driver.findElement(By.id("ageMaximum")).sendKeys("17");
		assertThat(driver.findElement(By.id("costText")).isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("input[name=cost][value=HAS_COST]")).click();
		type("costText", "£50 a session");

		type("aims[0]", "Fewer missed appointments");
		driver.findElement(By.cssSelector("[data-field=aims] .library-add-another__add")).click();
		waitFor(By.id("aims[1]"));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("aims[1]");
		type("aims[1]", "Better school attendance");

		// As a browser without JavaScript would: the form is sent by "Add another step".
		type("steps[0]", "Recruit volunteers");
		WebElement addStep = driver.findElement(By.cssSelector("[data-field=steps] .library-add-another__add"));
		((JavascriptExecutor) driver).executeScript("arguments[0].form.requestSubmit(arguments[0])", addStep);
		waitUntilGone(addStep);
		assertThat(driver.findElement(By.id("steps[0]")).getAttribute("value")).isEqualTo("Recruit volunteers");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(driver.findElement(By.id("aims[1]")).getAttribute("value")).isEqualTo("Better school attendance");
		type("steps[1]", "Train them");
		driver.findElement(By.cssSelector("[data-field=steps] .library-add-another__add")).click();
		type("steps[2]", "Match each child");
		driver.findElement(By.cssSelector("[data-field=steps] .library-add-another__add")).click();
		waitFor(By.id("steps[3]"));
		List<WebElement> removes = driver
			.findElements(By.cssSelector("[data-field=steps] .library-add-another__remove"));
		removes.get(3).click();
		assertThat(driver.findElements(By.cssSelector("textarea[name^=steps]"))).hasSize(3);

		new Select(driver.findElement(By.id("contactToAdd"))).selectByIndex(1);
		String contact = new Select(driver.findElement(By.id("contactToAdd"))).getFirstSelectedOption().getText();

		driver.findElement(By.id("description"))
			.sendKeys("## Our approach\n\n**Weekly** sessions <script>alert(1)</script>");
		driver.findElement(By.cssSelector(".library-preview__button")).click();
		WebElement preview = waitFor(By.cssSelector(".library-preview__body strong"));
		assertThat(preview.getText()).isEqualTo("Weekly");
		assertThat(driver.findElement(By.cssSelector(".library-preview__body h3")).getText()).isEqualTo("Our approach");
		assertThat(driver.findElements(By.cssSelector(".library-preview__body script"))).isEmpty();
		browser.checkRenderedPage("editorial-markdown-preview");

		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getCurrentUrl()).matches(".*/admin/resources/\\d+$");
		long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		ResourceForm saved = this.editing.editPage(id).orElseThrow().form();
		assertThat(saved.title()).isEqualTo(title);
		assertThat(saved.aims()).containsExactly("Fewer missed appointments", "Better school attendance");
		assertThat(saved.steps()).containsExactly("Recruit volunteers", "Train them", "Match each child");
		assertThat(saved.contacts()).hasSize(1);
		assertThat(saved.costText()).isEqualTo("£50 a session");
		assertThat(saved.description()).contains("<script>alert(1)</script>");

		driver.get(url("/admin/resources/" + id + "/edit"));
		assertThat(driver.findElement(By.cssSelector(".library-contact-picks__label")).getText()).isEqualTo(contact);
		assertThat(driver.findElements(By.id("changeNote"))).isEmpty();
		browser.checkPage("editorial-edit-draft");
	}

	@Test
	void theGuidanceFormAndThePublishedEditFormPassTheChecks() {
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/resources/new?kind=guidance"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("New guidance document");
		browser.checkPage("editorial-new-guidance");

		long id = published("Published guidance " + this.unique);
		driver.get(url("/admin/resources/" + id + "/edit"));
		assertThat(driver.findElement(By.id("changeNote")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("minorChange")).isSelected()).isFalse();
		browser.checkPage("editorial-edit-published");

		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.findElement(By.id("changeNote-error")).getText()).contains("Enter a public change note");
		driver.findElement(By.id("changeNote")).sendKeys("Updated for the 2026 standards.");
		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/resources/" + id);
		String slug = this.resources.findById(id).orElseThrow().getSlug();
		driver.get(url("/resources/" + slug));
		assertThat(driver.findElement(By.cssSelector(".library-history")).getText())
			.contains("Updated for the 2026 standards.");
	}

	@Test
	void whenTwoEditorsSaveTheSameResourceTheSecondSeesBothVersions() {
		FormChoices choices = this.editing.choices();
		long id = this.editing.create(ResourceKind.PRACTICE_EXAMPLE,
				new ResourceForm("Shared draft " + this.unique, "First summary", "",
						choices.categories().get(0).value(), null, "", "", "", "NOT_APPLICABLE", "NOT_STATED", "",
						List.of("One aim"), null, null, null, "", null, "", "", "", "", DateInput.EMPTY, "", false,
						null));
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		SignIn second = SignIn.newAccount(this.accounts, Role.EDITOR);
		second.into(otherBrowser, this.port);
		browser.driver().get(url("/admin/resources/" + id + "/edit"));
		otherBrowser.driver().get(url("/admin/resources/" + id + "/edit"));

		replace(browser.driver(), "title", "Shared draft, renamed " + this.unique);
		browser.follow(By.cssSelector("main .govuk-button-group button"));

		WebDriver driver = otherBrowser.driver();
		replace(driver, "summary", "Second editor\u2019s summary");
		otherBrowser.follow(By.cssSelector("main .govuk-button-group button"));

		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Someone else changed this resource while you were editing it");
		assertThat(driver.findElement(By.cssSelector(".library-conflict")).getText()).contains("Shared draft, renamed",
				"Second editor\u2019s summary", "First summary");
		assertThat(driver.findElement(By.id("summary")).getAttribute("value"))
			.isEqualTo("Second editor\u2019s summary");
		assertThat(this.editing.editPage(id).orElseThrow().form().summary()).isEqualTo("First summary");
		otherBrowser.checkRenderedPage("editorial-conflict");

		otherBrowser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/resources/" + id);
		ResourceForm saved = this.editing.editPage(id).orElseThrow().form();
		assertThat(saved.summary()).isEqualTo("Second editor\u2019s summary");
		assertThat(saved.title()).isEqualTo("Shared draft " + this.unique);
	}

	private long published(String title) {
		FormChoices choices = this.editing.choices();
		long id = this.editing.create(ResourceKind.GUIDANCE_DOCUMENT,
				new ResourceForm(title, "Summary", "Text", choices.categories().get(0).value(), null, "", "", "", null,
						null, "", null, null, List.of("Case managers"), null, "", null, "", "YJB", "", "",
						DateInput.EMPTY, "", false, null));
		this.transaction.executeWithoutResult(
				(status) -> this.resources.findById(id).orElseThrow().publish(Instant.now().minusSeconds(60)));
		return id;
	}

	private void type(String id, String text) {
		waitFor(By.id(id)).sendKeys(text);
	}

	private static void replace(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static WebElement waitFor(By target) {
		return Browser.waitUpTo(browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(target)
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
	}

	private static void waitUntilGone(WebElement element) {
		Browser.waitUpTo(browser.driver(), Duration.ofSeconds(15)).until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
