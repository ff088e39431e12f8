package uk.youthjustice.library.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees when a page is missing or the library fails. */
@WithLibrary
class ErrorPagesBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aFailureShowsTheFriendlyProblemPageWithoutDetails() throws Exception {
		String url = "http://localhost:" + this.port + "/test-support/failing-page";
		HttpResponse<String> response = get(url);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("asked for");

		browser.driver().get(url);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Sorry, there is a problem with the library");
		browser.checkPage("server-error");
	}

	@Test
	void anUnreachableDatabaseShowsTheServiceUnavailablePage() throws Exception {
		String url = "http://localhost:" + this.port + "/test-support/database-unavailable";
		HttpResponse<String> response = get(url);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(response.body()).doesNotContain("CannotCreateTransactionException").doesNotContain("asked for");

		browser.driver().get(url);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Sorry, the service is unavailable");
		assertThat(browser.driver().findElements(By.id("form-not-saved"))).isEmpty();
		browser.checkPage("service-unavailable");
	}

	@Test
	void anAddressTomcatRefusesShowsTheLibrarysOwnPage() throws Exception {
		String url = "http://localhost:" + this.port + "/resources/a%5Cb";
		assertThat(get(url).statusCode()).isEqualTo(400);

		browser.driver().get(url);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Sorry, there is a problem with that address");
		browser.checkPage("bad-address");
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
