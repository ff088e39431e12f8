package uk.youthjustice.library.publishing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor takes a draft through the workflow in a real browser: sees what it lacks,
 * previews it, publishes it and finds it on its category page, then unpublishes,
 * schedules, publishes and archives it. Every page type passes the accessibility, HTML
 * and phone-width checks, including the schedule form showing errors.
 */
@WithLibrary
class PublishingBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	PublishingRepository repository;

	@Autowired
	TransactionTemplate transaction;

	private PublishingFixture fixture;

	@BeforeEach
	void signIn() {
		this.fixture = new PublishingFixture(this.catalogue, this.contacts);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
	}

	@Test
	void anEditorPreviewsPublishesAndArchivesADraft() {
		WebDriver driver = browser.driver();
		Resource draft = this.fixture.incompleteDraft("Restorative panel");
		draft.setSummary("A panel that meets children and the people they harmed.");
		draft.setDescription("The panel **meets** weekly.");
		Long id = this.fixture.save(draft).getId();

		open("/admin/resources/" + id);
		assertThat(driver.findElement(By.cssSelector("#status .govuk-tag")).getText()).isEqualTo("Draft");
		assertThat(text("#missing")).contains("Before you can publish")
			.contains("add at least one aim")
			.contains("add at least one contact card");
		assertThat(driver.findElements(By.cssSelector("form.library-actions"))).isEmpty();
		browser.checkPage("publishing-overview-draft");
		assertEachMissingItemLinksToItsFieldOnTheEditForm();
		open("/admin/resources/" + id);

		browser.follow(By.linkText("Preview"));
		assertThat(text(".library-preview-banner")).contains("This is a preview. The public cannot see this page yet.")
			.contains("Status: Draft");
		assertThat(text("h1")).isEqualTo(draft.getTitle());
		browser.checkPage("publishing-preview");
		browser.follow(By.linkText("Back to the resource overview"));

		complete(id);
		driver.navigate().refresh();
		assertThat(driver.findElements(By.id("missing"))).isEmpty();
		browser.follow(By.xpath("//button[normalize-space()='Publish now']"));
		assertThat(text(".govuk-notification-banner--success")).contains("Published. The public can now see it.");
		assertThat(text("#status .govuk-tag")).isEqualTo("Published");
		browser.checkPage("publishing-overview-published");

		open("/categories/" + this.fixture.category().getSlug());
		assertThat(text("main")).contains(draft.getTitle());
		browser.follow(By.linkText(draft.getTitle()));
		assertThat(text("h1")).isEqualTo(draft.getTitle());

		open("/admin/resources/" + id);
		browser.follow(By.linkText("Unpublish"));
		assertThat(text("h1")).isEqualTo("Are you sure you want to unpublish ‘" + draft.getTitle() + "’?");
		browser.checkPage("publishing-unpublish");
		browser.follow(By.xpath("//button[normalize-space()='Yes, unpublish it']"));
		assertThat(text("#status .govuk-tag")).isEqualTo("Draft");

		browser.follow(By.linkText("Schedule"));
		browser.checkPage("publishing-schedule");
		driver.findElement(By.id("date")).sendKeys("31");
		driver.findElement(By.id("date.month")).sendKeys("2");
		driver.findElement(By.id("date.year")).sendKeys("2020");
		browser.follow(By.xpath("//button[normalize-space()='Schedule']"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(text(".govuk-error-summary")).contains("Date must be a real date")
			.contains("Enter the time to publish");
		assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("31");
		browser.checkRenderedPage("publishing-schedule-errors");

		driver.findElement(By.id("date")).clear();
		driver.findElement(By.id("date")).sendKeys("3");
		driver.findElement(By.id("date.month")).clear();
		driver.findElement(By.id("date.month")).sendKeys("3");
		driver.findElement(By.id("date.year")).clear();
		driver.findElement(By.id("date.year")).sendKeys("2099");
		driver.findElement(By.id("time")).sendKeys("9am");
		browser.follow(By.xpath("//button[normalize-space()='Schedule']"));
		assertThat(text("#status .govuk-tag")).isEqualTo("Scheduled for 3 March 2099 at 9:00am");
		browser.checkPage("publishing-overview-scheduled");

		browser.follow(By.xpath("//button[normalize-space()='Publish now']"));
		browser.follow(By.linkText("Archive"));
		assertThat(text("h1")).isEqualTo("Are you sure you want to archive ‘" + draft.getTitle() + "’?");
		browser.checkPage("publishing-archive");
		browser.follow(By.xpath("//button[normalize-space()='Yes, archive it']"));
		assertThat(text("#status .govuk-tag")).isEqualTo("Archived");
		assertThat(driver.findElements(By.xpath("//button[normalize-space()='Return to draft']"))).hasSize(1);
		browser.checkPage("publishing-overview-archived");
	}

	@Test
	void aRefusedActionIsExplainedOnTheOverview() {
		Resource draft = this.fixture.completeDraft("Stale page");
		open("/admin/resources/" + draft.getId() + "/archive");

		assertThat(text("#problem")).isEqualTo("Only a published resource can be archived.");
		browser.checkRenderedPage("publishing-overview-problem");
	}

	private void assertEachMissingItemLinksToItsFieldOnTheEditForm() {
		WebDriver driver = browser.driver();
		List<String> links = driver.findElements(By.cssSelector("#missing a"))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
		assertThat(links).isNotEmpty();
		browser.follow(By.cssSelector("#missing a"));
		assertThat(driver.getCurrentUrl()).isEqualTo(links.get(0));
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelector(':target').id"))
			.isEqualTo("aims[0]");
		for (String link : links) {
			String field = URLDecoder.decode(link.substring(link.indexOf('#') + 1), StandardCharsets.UTF_8);
			assertThat(driver.findElements(By.id(field))).as("field %s on the edit form", field).hasSize(1);
		}
	}

	private void complete(Long id) {
		Resource complete = this.fixture.completeDraft("Donor");
		this.transaction.executeWithoutResult((status) -> {
			Resource draft = this.repository.findById(id).orElseThrow();
			Resource donor = this.repository.findById(complete.getId()).orElseThrow();
			draft.getAims().add("Repair harm");
			draft.getImplementationSteps().add("Invite the people harmed");
			draft.getContacts().addAll(donor.getContacts());
			draft.setEvidence(donor.getEvidence());
		});
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

}
