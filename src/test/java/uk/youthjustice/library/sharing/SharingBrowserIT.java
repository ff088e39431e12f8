package uk.youthjustice.library.sharing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner shares a practice from the home page, mistakes first; an editor finds it
 * in the queue and turns it into a draft, after trying to reject it without a reason.
 */
@WithLibrary
class SharingBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPractitionerSharesAPracticeAndAnEditorTurnsItIntoADraft() {
		String title = "Homework club " + UUID.randomUUID().toString().substring(0, 8);
		ChromeDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/"));
		browser.follow(By.linkText("Share a practice example"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Share your practice");
		browser.checkPage("share");
		assertThat(driver.findElement(By.id("website")).getRect().getX()).as("the honeypot is off-screen").isNegative();
		assertThat(driver.findElement(By.cssSelector("form[action='/share'] > button:first-of-type")).getRect().getX())
			.as("the default button is off-screen")
			.isNegative();

		// Enter in a text box sends the form; it does not remove the only aim.
		WebElement name = driver.findElement(By.id("name"));
		name.sendKeys("Sam Practitioner", Keys.ENTER);
		Browser.waitUpTo(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(name));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sam Practitioner");
		assertThat(driver.findElements(By.cssSelector("textarea[name^='aims']"))).hasSize(1);
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.doesNotContain("Enter your name")
			.contains("Enter your email address")
			.contains("Enter at least one aim")
			.contains("Confirm that we may contact you and publish an edited version");
		browser.checkRenderedPage("share-errors");

		fillIn(title);
		send();
		assertThat(driver.getCurrentUrl()).endsWith("/share/sent");
		assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Practice sent");
		browser.checkPage("share-sent");
		PracticeSubmission stored = this.transaction.execute((status) -> {
			PracticeSubmission found = this.submissions.findAll()
				.stream()
				.filter((submission) -> submission.getTitle().equals(title))
				.findFirst()
				.orElseThrow();
			found.getAims().size();
			return found;
		});
		assertThat(stored.getAims()).containsExactly("Better school attendance", "Homework handed in on time");

		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		driver.get(url("/admin/submissions"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Submissions");
		browser.checkPage("submissions-queue");

		browser.follow(By.linkText(title));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Sam Practitioner")
			.contains("Homework handed in on time");
		browser.checkPage("submission");

		browser.follow(By.cssSelector("form[action$='/reject'] button"));
		assertThat(driver.getTitle()).startsWith("Error: Submission: ");
		assertThat(driver.findElement(By.id("reason-error")).getText()).contains("Enter a reason for rejecting it");
		browser.checkRenderedPage("submission-reject-errors");

		new Select(driver.findElement(By.id("category"))).selectByVisibleText("Practice examples");
		browser.follow(By.cssSelector("form[action$='/draft'] button"));
		assertThat(driver.getCurrentUrl()).matches(".*/admin/resources/\\d+/edit");
		long resourceId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/admin/resources/(\\d+)/edit", "$1"));
		this.transaction.executeWithoutResult((status) -> {
			Resource draft = this.entityManager.find(Resource.class, resourceId);
			assertThat(draft.getTitle()).isEqualTo(title);
			assertThat(draft.getStatus()).isEqualTo(ResourceStatus.DRAFT);
			assertThat(draft.getCategory().getName()).isEqualTo("Practice examples");
			assertThat(draft.getAims()).containsExactly("Better school attendance", "Homework handed in on time");
			assertThat(draft.getContacts()).extracting((card) -> card.getOrganisation())
				.containsExactly("Example Youth Justice Service");
		});

		driver.get(url("/admin/submissions/" + stored.getId()));
		assertThat(driver.findElement(By.cssSelector(".library-decision")).getText()).contains("Draft made");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
		browser.checkPage("submission-decided");
	}

	private void fillIn(String title) {
		ChromeDriver driver = browser.driver();
		type("name", "Sam Practitioner");
		type("email", "sam@yjs.example.org.uk");
		type("organisation", "Example Youth Justice Service");
		type("title", title);
		type("summary", "After-school homework help in the office, twice a week.");
		type("description", "Children come after school.\n\nCase workers help with homework.");
		type("ageFrom", "10");
		type("ageTo", "17");
		choose("sex", "Both, or it does not matter");
		choose("cost", "No, it is free");
		type("aims[0]", "Better school attendance");
		driver.findElement(By.cssSelector("[data-field=aims] .library-add-another__add")).click();
		assertThat(driver.findElements(By.cssSelector("textarea[name^='aims']"))).hasSize(2);
		assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("aims[1]");
		type("aims[1]", "Homework handed in on time");
		type("steps[0]", "Book a room near the office");
		choose("evidence", "Not sure");
		type("contactOrganisation", "Example Youth Justice Service");
		type("contactTelephone", "0113 496 0000");
		driver.findElement(By.cssSelector("label[for=consent]")).click();
	}

	private static void send() {
		browser.follow(By.cssSelector("form[action='/share'] > button.govuk-button"));
	}

	private static void type(String id, String text) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void choose(String name, String label) {
		List<WebElement> labels = browser.driver()
			.findElements(By
				.xpath("//input[@name='" + name + "']/following-sibling::label[normalize-space()='" + label + "']"));
		assertThat(labels).as("radio %s labelled %s", name, label).hasSize(1);
		labels.get(0).click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
