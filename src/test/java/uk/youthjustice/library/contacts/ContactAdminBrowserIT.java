package uk.youthjustice.library.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor keeps contact cards in a real browser: the list with its filters, the form
 * empty and with errors, marking a card verified, and deleting cards, refused while a
 * resource names the card. Every page passes the accessibility, HTML and phone-width
 * checks.
 */
@WithLibrary
class ContactAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ContactAdmin admin;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactCardRepository cards;

	@Autowired
	Clock clock;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anEditorFindsCardsAndAddsOneCorrectingMistakes() {
		LocalDate today = ContactAdmin.today(this.clock);
		card("Filter Stale Trust", "London", today.minusYears(2));
		card("Filter Fresh Trust", "London", today.minusDays(3));
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + this.port + "/admin/contacts");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Contact cards");
		browser.checkPage("admin-contacts");

		driver.findElement(By.id("q")).sendKeys("filter " + this.unique);
		new Select(driver.findElement(By.id("region"))).selectByVisibleText("London");
		driver.findElement(By.cssSelector("label[for=stale]")).click();
		browser.follow(By.cssSelector("main form[method=get] button"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("1 contact card");
		assertThat(driver.findElement(By.cssSelector("main tbody")).getText())
			.contains("Filter Stale Trust " + this.unique)
			.contains("Needs checking")
			.doesNotContain("Fresh");
		assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("filter " + this.unique);
		assertThat(driver.findElement(By.id("stale")).isSelected()).isTrue();
		browser.checkPage("admin-contacts-filtered");

		browser.follow(By.linkText("Add a contact card"));
		browser.checkPage("admin-contact-new");
		driver.findElement(By.id("personName")).sendKeys("<script>alert(1)</script>");
		driver.findElement(By.id("telephone")).sendKeys("call 0113 496 0000");
		driver.findElement(By.id("email")).sendKeys("not-an-email");
		driver.findElement(By.id("website")).sendKeys("javascript:alert(1)");
		driver.findElement(By.id("lastVerified")).sendKeys("1");
		driver.findElement(By.id("lastVerified.month")).sendKeys("1");
		driver.findElement(By.id("lastVerified.year")).sendKeys(String.valueOf(today.getYear() + 1));
		browser.follow(By.cssSelector("main button[type=submit]"));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter the organisation's name")
			.contains("Enter a telephone number using only digits")
			.contains("Enter an email address in the correct format")
			.contains("Enter a website address starting with https://")
			.contains("must be today or in the past");
		assertThat(driver.findElement(By.id("personName")).getAttribute("value"))
			.isEqualTo("<script>alert(1)</script>");
		browser.checkRenderedPage("admin-contact-errors");

		driver.findElement(By.id("organisation")).sendKeys("Browser Trust " + this.unique);
		driver.findElement(By.id("telephone")).clear();
		driver.findElement(By.id("telephone")).sendKeys("+44 (0)113 496 0000");
		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("browser." + this.unique + "@example.org.uk");
		driver.findElement(By.id("website")).clear();
		driver.findElement(By.id("website")).sendKeys("https://www.example.org.uk");
		new Select(driver.findElement(By.id("region"))).selectByVisibleText("Wales");
		driver.findElement(By.id("lastVerified.year")).clear();
		driver.findElement(By.id("lastVerified.year")).sendKeys("2025");
		browser.follow(By.cssSelector("main button[type=submit]"));

		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Contact card added");
		assertThat(driver.findElement(By.cssSelector(".govuk-caption-l")).getText())
			.isEqualTo("Browser Trust " + this.unique + " (<script>alert(1)</script>)");
		browser.checkPage("admin-contact-edit");

		browser.follow(By.xpath("//button[text()='Mark as verified today']"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("marked as verified today");
		assertThat(driver.findElement(By.id("lastVerified.year")).getAttribute("value"))
			.isEqualTo(String.valueOf(today.getYear()));
		assertThat(driver.findElement(By.id("lastVerified")).getAttribute("value"))
			.isEqualTo(String.valueOf(today.getDayOfMonth()));
	}

	@Test
	void aCardAResourceNamesCannotBeDeletedButAnUnusedOneCan() {
		CardIdentity used = card("Named Trust", null, null);
		CardIdentity unused = card("Spare Trust", null, null);
		Category category = this.catalogue
			.save(new Category("contact-browser-" + this.unique, "Contact browser " + this.unique, null, 95));
		Resource draft = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "contact-browser-" + this.unique,
				"Guidance naming the trust " + this.unique, category);
		draft.setSourceOrganisation(this.cards.findById(used.id()).orElseThrow());
		this.catalogue.save(draft);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + this.port + "/admin/contacts/" + used.id() + "/delete");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("You cannot delete the contact card for Named Trust " + this.unique);
		assertThat(driver.findElement(By.cssSelector("main tbody")).getText())
			.contains("Guidance naming the trust " + this.unique)
			.contains("Draft");
		browser.checkPage("admin-contact-in-use");

		driver.get("http://localhost:" + this.port + "/admin/contacts/" + unused.id());
		browser.follow(By.linkText("Delete this contact card"));
		browser.checkPage("admin-contact-delete");
		browser.follow(By.cssSelector("main button.govuk-button--warning"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Contact card deleted");
		assertThat(this.cards.findById(unused.id())).isEmpty();
		assertThat(this.cards.findById(used.id())).isPresent();
	}

	private CardIdentity card(String organisation, String region, LocalDate verified) {
		return this.admin.create(new ContactForm(organisation + " " + this.unique, "", "", "", "", "",
				(region != null) ? region : "", DateInput.of(verified)));
	}

}
