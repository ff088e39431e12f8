package uk.youthjustice.library.search.analytics;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor reads what people search for in a real browser: the page passes the
 * accessibility, HTML and phone-width checks for each period, with data in every table.
 * The year's report may have been counted by an earlier test in the same library and
 * kept, so these searches are looked for in the shorter periods only.
 */
@WithLibrary
class SearchQueriesBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchAnalytics analytics;

	@Autowired
	JdbcTemplate jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anEditorReadsTheSearchQueriesForEachPeriod() {
		String slug = this.jdbc
			.queryForObject("select slug from resource where status = 'PUBLISHED' order by id limit 1", String.class);
		String nothing = "nothing for " + this.unique + " " + "long".repeat(40);
		for (int i = 0; i < 5; i++) {
			this.analytics.recordSearch(nothing, "topic=county-lines&age=15", 0);
			Long found = this.analytics.recordSearch("found " + this.unique, null, 3);
			this.analytics.recordClick(found, slug, 1 + i % 2);
		}
		this.analytics.recordSearch("", "type=guidance", 0);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + this.port + "/admin/search/queries");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What people search for");
		assertThat(driver.findElement(By.cssSelector(".library-sub-navigation [aria-current=page]")).getText())
			.isEqualTo("Last 30 days");
		assertThat(driver.findElement(By.cssSelector("table[aria-labelledby=zero-heading]")).getText())
			.contains(nothing)
			.contains("age: 15, topic: county-lines");
		assertThat(driver.findElement(By.cssSelector("table[aria-labelledby=top-heading]")).getText())
			.contains("found " + this.unique);
		assertThat(driver.findElement(By.cssSelector("table[aria-labelledby=chosen-heading]")).getText())
			.contains("found " + this.unique + " (5)");
		assertThat(
				driver.findElement(By.cssSelector("table[aria-labelledby=zero-heading] a[href*='" + this.unique + "']"))
					.getAttribute("href"))
			.endsWith("/search?q=" + nothing.replace(' ', '+') + "&age=15&topic=county-lines");
		browser.checkPage("admin-search-queries");

		browser.follow(By.linkText("Last 7 days"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/search/queries?period=7-days");
		browser.checkPage("admin-search-queries-7-days");

		browser.follow(By.linkText("Last 12 months"));
		assertThat(driver.findElement(By.cssSelector(".library-sub-navigation [aria-current=page]")).getText())
			.isEqualTo("Last 12 months");
		assertThat(driver.findElement(By.cssSelector("main .govuk-hint")).getText())
			.contains("counted again every 10 minutes");
		browser.checkPage("admin-search-queries-12-months");
	}

}
