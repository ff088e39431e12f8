package uk.youthjustice.library.history;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor reads the history of a resource and of a contact card, compares two versions
 * and restores one; every page passes axe-core, the HTML checker and a phone's width.
 */
@WithLibrary
class HistoryBrowserIT {

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
	History history;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anEditorComparesTwoVersionsOfAResourceAndRestoresTheFirstAsADraft() {
		String title = "Mentoring scheme " + this.unique;
		long id = resourceWithThreeVersions(title);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get(url("/admin/resources/" + id + "/history"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("History of \u2018" + title + " (revised)\u2019");
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(3);
		browser.checkPage("history-resource");

		driver.findElement(By.cssSelector("label[for=from-1]")).click();
		browser.follow(By.cssSelector("form.library-versions button[type=submit]"));
		assertThat(driver.getCurrentUrl()).contains("/admin/resources/" + id + "/history/compare?")
			.contains("from=1")
			.contains("to=3");
		assertThat(driver.findElements(By.cssSelector(".library-diff h2")).stream().map((h) -> h.getText()).toList())
			.contains("Title", "Description", "Aims", "Status");
		assertThat(driver.findElement(By.cssSelector(".library-diff__text del")).getText()).contains("weekly");
		browser.checkPage("history-compare");

		driver.get(url("/admin/resources/" + id + "/history/compare?from=2&to=2"));
		assertThat(driver.findElement(By.cssSelector(".govuk-inset-text")).getText())
			.contains("You chose version 2 twice");
		browser.checkPage("history-compare-same-version");

		driver.get(url("/admin/resources/" + id + "/history/compare?from=1&to=3"));
		browser.follow(By.linkText("Restore version 1"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Restore version 1?");
		browser.checkPage("history-restore-resource");

		browser.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).matches(".*/admin/resources/\\d+$").doesNotEndWith("/" + id);
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Version 1 of \u2018" + title + "\u2019 has been restored as this new draft");
		browser.checkRenderedPage("history-restored-draft");
		long draftId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		this.transaction.executeWithoutResult((status) -> {
			Resource draft = this.entityManager.find(Resource.class, draftId);
			assertThat(draft.getTitle()).isEqualTo(title);
			assertThat(draft.getStatus()).isEqualTo(ResourceStatus.DRAFT);
			assertThat(this.entityManager.find(Resource.class, id).getTitle()).isEqualTo(title + " (revised)");
		});
	}

	@Test
	void anEditorRestoresAnEarlierVersionOfAContactCard() {
		long id = cardWithTwoVersions();
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get(url("/admin/contacts/" + id + "/history"));
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(2);
		browser.checkPage("history-contact-card");

		browser.follow(By.cssSelector("form.library-versions button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".library-diff__values del")).getText()).contains("0113 496 0000");
		assertThat(driver.findElement(By.cssSelector(".library-diff__values ins")).getText()).contains("0113 496 0999");
		browser.checkPage("history-contact-card-compare");

		browser.follow(By.linkText("Restore version 1"));
		browser.checkPage("history-restore-contact-card");
		browser.follow(By.cssSelector("main form button[type=submit]"));

		assertThat(driver.getCurrentUrl()).endsWith("/admin/contacts/" + id + "/history");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Version 1 has been restored");
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(3);
		browser.checkRenderedPage("history-contact-card-restored");
		assertThat(this.contacts.findBySlug("browser-card-" + this.unique).orElseThrow().getTelephone())
			.isEqualTo("0113 496 0000");
	}

	private long resourceWithThreeVersions(String title) {
		signIn("first.editor@example.org");
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "mentoring-" + this.unique, title, category);
		resource.setDescription("Volunteers meet each child weekly for a year.\n\nThey help with school and work.");
		resource.getAims().addAll(List.of("Build trust", "Find work"));
		long id = this.catalogue.save(resource).getId();
		signIn("second.editor@example.org");
		this.transaction.executeWithoutResult((status) -> {
			Resource saved = this.entityManager.find(Resource.class, id);
			saved.setTitle(title + " (revised)");
			saved.setDescription("Volunteers meet each child every fortnight for a year.\n\nThey help with school.");
			saved.getAims().set(1, "Stay in education");
		});
		this.transaction.executeWithoutResult(
				(status) -> this.entityManager.find(Resource.class, id).publish(java.time.Instant.now()));
		SecurityContextHolder.clearContext();
		return id;
	}

	private long cardWithTwoVersions() {
		signIn("first.editor@example.org");
		ContactCard card = new ContactCard("browser-card-" + this.unique, "Leeds Youth Justice " + this.unique);
		card.setTelephone("0113 496 0000");
		long id = this.contacts.save(card).getId();
		signIn("second.editor@example.org");
		this.transaction.executeWithoutResult(
				(status) -> this.entityManager.find(ContactCard.class, id).setTelephone("0113 496 0999"));
		SecurityContextHolder.clearContext();
		return id;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void signIn(String email) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
