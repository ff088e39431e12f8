package uk.youthjustice.library.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's way through the dashboard, the filtered resource list and the review page,
 * each checked for accessibility, valid HTML and a phone's width.
 */
@WithLibrary
class DashboardBrowserIT {

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

	@Test
	void editorFindsTheirWorkAndWhatNeedsReview() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		SignIn editor = SignIn.newAccount(this.accounts, Role.EDITOR);
		createContent(editor.email(), run);
		editor.into(browser, this.port);
		WebDriver driver = browser.driver();

		open("/admin");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		assertThat(texts("[aria-labelledby=drafts-heading] li a")).containsExactly("Browser draft " + run + " two",
				"Browser draft " + run + " one");
		browser.checkPage("admin-dashboard");

		browser.follow(By.linkText("All your drafts"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/resources?status=draft&mine=yes");
		assertThat(texts("tbody tr td:first-child a")).containsExactly("Browser draft " + run + " two",
				"Browser draft " + run + " one");

		driver.findElement(By.id("q")).sendKeys("browser draft " + run);
		driver.findElement(By.cssSelector("input[name=kind][value=practice-example]")).click();
		browser.follow(By.cssSelector(".library-filters button[type=submit]"));
		assertThat(texts(".library-filter-tag")).map((text) -> text.replace("Remove filter", "").strip())
			.containsExactly("Search: browser draft " + run + " ×", "Status: Draft ×", "Type: Practice example ×",
					"Created or changed by: me ×");
		assertThat(texts("tbody tr td:first-child a")).containsExactly("Browser draft " + run + " one");
		browser.checkPage("admin-resources-filtered");

		browser.follow(By.partialLinkText("Type: Practice example"));
		assertThat(texts("tbody tr td:first-child a")).hasSize(2);
		assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("browser draft " + run);

		browser.follow(By.linkText("Clear filters"));
		assertThat(driver.findElements(By.cssSelector(".library-filter-tag"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).matches("\\d+ resources.*");
		browser.checkPage("admin-resources");

		open("/admin");
		browser.follow(By.partialLinkText("due for review"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Due for review");
		WebElement overdue = driver.findElement(By.xpath("//tr[td/a[text()='Browser overdue " + run + "']]"));
		assertThat(overdue.getText()).contains("Overdue by 4 days");
		WebElement stale = driver.findElement(By.xpath("//tr[td/a[text()='Browser stale card " + run + "']]"));
		assertThat(stale.getText()).contains("Never verified");
		assertThat(stale.findElement(By.tagName("a")).getAttribute("href")).matches(".*/admin/contacts/\\d+/edit");
		browser.checkPage("admin-review");
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
	}

	private List<String> texts(String css) {
		return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private void createContent(String email, String run) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Category category = this.catalogue
			.save(new Category("browser-dashboard-" + run, "Browser dashboard " + run, null, 97));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		SecurityContextHolder.setContext(context);
		try {
			this.catalogue.save(new Resource(ResourceKind.PRACTICE_EXAMPLE, "browser-draft-one-" + run,
					"Browser draft " + run + " one", category));
			this.catalogue.save(new Resource(ResourceKind.GUIDANCE_DOCUMENT, "browser-draft-two-" + run,
					"Browser draft " + run + " two", category));
			Resource overdue = new Resource(ResourceKind.GUIDANCE_DOCUMENT, "browser-overdue-" + run,
					"Browser overdue " + run, category);
			overdue.publish(Instant.now().minus(400, ChronoUnit.DAYS));
			overdue.setReviewDueOn(today.minusDays(4));
			this.catalogue.save(overdue);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		this.contacts.save(new ContactCard("browser-stale-" + run, "Browser stale card " + run));
	}

}
