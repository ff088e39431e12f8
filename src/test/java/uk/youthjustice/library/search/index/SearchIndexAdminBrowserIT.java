package uk.youthjustice.library.search.index;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.AttachmentTableLock;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search admin hub in a real browser: who sees what, and an administrator following a
 * rebuild from the button to "Finished" (the script's polling), with every page passing
 * the accessibility, HTML and phone-width checks. The rebuild is held at its first
 * resource ({@link AttachmentTableLock}) while the test looks at its progress.
 */
@WithLibrary
class SearchIndexAdminBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchIndex index;

	@Autowired
	IndexedResources resources;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void letAnyRebuildFinish() throws Exception {
		SearchIndexTesting.awaitIdle(this.index);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		browser.driver().manage().deleteAllCookies();
		browser.driver().get(url("/admin/search"));
		assertThat(browser.driver().getCurrentUrl()).contains("/login");
	}

	@Test
	void editorsSeeTheIndexBesideTheDatabaseButCannotRebuildIt() {
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/search"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search index");
		assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__item--active")).getText())
			.isEqualTo("Search");
		assertThat(driver.findElement(By.id("index-resources")).getText())
			.startsWith(String.format("%,d (", this.resources.inDatabase()));
		assertThat(driver.findElements(By.cssSelector("form[action$='/admin/search/reindex']"))).isEmpty();
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("Only administrators can rebuild the index");
		assertThat(driver.findElement(By.linkText("Synonyms")).getAttribute("href")).endsWith("/admin/search/synonyms");
		assertThat(driver.findElement(By.linkText("What people search for")).getAttribute("href"))
			.endsWith("/admin/search/queries");
		browser.checkPage("admin-search-editor");

		WebSession editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR));
		assertThat(editor.postWithToken("/admin/search/reindex").statusCode()).isEqualTo(403);
		assertThat(this.index.isRebuilding()).isFalse();
	}

	@Test
	void anAdministratorStartsARebuildAndFollowsItToTheEnd() throws Exception {
		SignIn admin = SignIn.newAccount(this.accounts, Role.ADMIN);
		admin.into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/search"));
		assertThat(driver.findElements(By.cssSelector("progress"))).isEmpty();
		browser.checkPage("admin-search");
		String total = String.format("%,d", this.resources.inDatabase());

		try (AttachmentTableLock lock = AttachmentTableLock.hold(this.dataSource)) {
			browser.follow(By.cssSelector("form[action$='/admin/search/reindex'] button"));
			assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
				.contains("The search index is being rebuilt");
			assertThat(driver.findElements(By.cssSelector("form[action$='/admin/search/reindex']"))).isEmpty();
			// The script replaces the first answer ("Counting…") as it polls.
			Browser.waitUpTo(driver, Duration.ofSeconds(30))
				.until((d) -> d.findElement(By.cssSelector(".library-reindex-progress__text"))
					.getText()
					.startsWith("0 of " + total + " resources (0%)"));
			assertThat(driver.findElement(By.id("reindex-progress")).getAttribute("max"))
				.isEqualTo(total.replace(",", ""));
			browser.checkPage("admin-search-rebuilding");

			// Meanwhile the search page warns that results may be missing.
			lock.awaitRebuildHeld();
			driver.get(url("/search?q=panel"));
			assertThat(driver.findElement(By.cssSelector("[aria-labelledby='rebuilding-title']")).getText())
				.contains("The search index is being rebuilt.");
			browser.checkPage("search-rebuilding");
			driver.get(url("/admin/search"));

			WebSession session = WebSession.signedIn(this.port, admin);
			Document withoutScript = Jsoup.parse(session.get("/admin/search", "Accept", "text/html").body());
			assertThat(withoutScript.select("head noscript").html()).contains("http-equiv=\"refresh\"")
				.contains("content=\"5\"");
			HttpResponse<String> status = session.get("/admin/search/reindex/status", "Accept", "application/json");
			assertThat(status.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(status.body()).contains("\"running\":true")
				.contains("\"total\":" + total.replace(",", ""))
				.contains("resources (0%)");

			// A second rebuild, say from another tab, is refused with a reason.
			HttpResponse<String> again = session.postWithToken("/admin/search/reindex");
			assertThat(again.statusCode()).isEqualTo(302);
			assertThat(Jsoup.parse(session.get("/admin/search", "Accept", "text/html").body()).select("main").text())
				.contains("The index is already being rebuilt. That rebuild started at");
		}

		Browser.waitUpTo(driver, Duration.ofSeconds(120))
			.until((d) -> d.findElement(By.cssSelector(".library-reindex-progress__text"))
				.getText()
				.startsWith("Finished: " + total + " resources indexed in"));
		assertThat(driver.findElement(By.cssSelector(".library-reindex-progress__announcement")).getText())
			.startsWith("Finished: ");
		assertThat(driver.findElement(By.id("reindex-progress")).getAttribute("value")).isEqualTo("1");

		driver.get(url("/admin/search"));
		assertThat(driver.findElements(By.cssSelector("progress"))).isEmpty();
		assertThat(driver.findElement(By.id("index-last-rebuild")).getText())
			.contains("Finished: " + total + " resources indexed in")
			.contains("Started by " + admin.email() + ".");
		assertThat(driver.findElement(By.id("index-documents")).getText()).isEqualTo(total);
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("Version " + SearchIndex.MAPPING_VERSION + ", which this release of the library uses.");
		Document finished = Jsoup
			.parse(WebSession.signedIn(this.port, admin).get("/admin/search", "Accept", "text/html").body());
		assertThat(finished.select("head noscript")).isEmpty();
		browser.checkPage("admin-search-finished");
	}

	@Test
	void aRebuildPostedWithoutACsrfTokenIsRefused() {
		WebSession administrator = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));
		assertThat(administrator.postWithoutToken("/admin/search/reindex").statusCode()).isEqualTo(403);
		assertThat(WebSession.anonymous(this.port).postWithoutToken("/admin/search/reindex").statusCode())
			.isEqualTo(403);
		assertThat(this.index.isRebuilding()).isFalse();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
