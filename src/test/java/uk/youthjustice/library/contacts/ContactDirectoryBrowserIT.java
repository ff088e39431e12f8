package uk.youthjustice.library.contacts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact directory and a card's page in Chromium, on the demo content. */
@WithLibrary
class ContactDirectoryBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void findsAContactInTheDirectoryAndOpensTheirCard() {
		browser.driver().get("http://localhost:" + this.port + "/contacts");

		assertThat(browser.driver().getTitle()).isEqualTo("Contacts – Youth Justice Practice Library");
		assertThat(texts("main h2")).contains("London", "North West", "Yorkshire and the Humber");
		assertThat(texts("main h3")).contains("Leeds Youth Justice Service", "Northern Pathways Housing Trust");
		assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
			.matches("\\d+ contacts in \\d+ organisations");
		browser.checkPage("contacts");

		browser.follow(By.linkText("Amira Patel"));

		assertThat(browser.driver().getCurrentUrl()).endsWith("/contacts/leeds-yjs-amira-patel");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Amira Patel");
		assertThat(texts(".govuk-summary-list__row")).containsExactly("Organisation Leeds Youth Justice Service",
				"Name Amira Patel", "Role Resettlement lead", "Telephone 0113 496 0123",
				"Email amira.patel@yjs.example.org.uk", "Website https://www.example.org.uk/leeds-youth-justice",
				"Region Yorkshire and the Humber", "Last verified 2 March 2026");
		assertThat(browser.driver().findElement(By.linkText("0113 496 0123")).getAttribute("href"))
			.isEqualTo("tel:01134960123");
		assertThat(browser.driver().findElement(By.linkText("amira.patel@yjs.example.org.uk")).getAttribute("href"))
			.isEqualTo("mailto:amira.patel@yjs.example.org.uk");
		assertThat(texts(".library-resource-list__item h3")).containsExactlyInAnyOrder(
				"Leeds YJS: resettlement policy that starts planning on the first day of custody",
				"Leeds YJS and Northern Pathways: supported accommodation for young people leaving custody");
		assertThat(texts(".govuk-breadcrumbs__link")).containsExactly("Home", "Contacts");
		browser.checkPage("contact-card");
	}

	@Test
	void filtersByRegionWithoutJavaScript() {
		browser.driver().get("http://localhost:" + this.port + "/contacts");

		new Select(browser.driver().findElement(By.id("region"))).selectByVisibleText("North West");
		browser.follow(By.cssSelector(".library-contact-filter button"));

		assertThat(browser.driver().getCurrentUrl()).endsWith("/contacts?region=North+West");
		assertThat(texts("main h2")).containsExactly("North West");
		assertThat(texts("main h3")).contains("Liverpool Youth Offending Service", "Manchester Youth Justice Service");
		assertThat(new Select(browser.driver().findElement(By.id("region"))).getFirstSelectedOption().getText())
			.isEqualTo("North West");
	}

	@Test
	void aDraftIsNeverListedOnItsContactsCard() {
		browser.driver().get("http://localhost:" + this.port + "/contacts/lambeth-yos-kwame-mensah");

		List<String> titles = texts(".library-resource-list__item h3");
		assertThat(titles).isNotEmpty().noneMatch((title) -> title.toLowerCase().contains("family forum"));
	}

	private static List<String> texts(String selector) {
		return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

}
