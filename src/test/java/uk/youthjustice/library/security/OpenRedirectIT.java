package uk.youthjustice.library.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts to send someone off-site from signing in: redirect parameters on the sign-in
 * page and in the sign-in form, and pages asked for before signing in (the saved request)
 * that name another site. After signing in the person always lands on the library.
 */
@WithLibrary
class OpenRedirectIT {

	/** Where an attacker would like people to land. */
	private static final String[] ELSEWHERE = { "https://evil.example", "//evil.example", "/\\evil.example",
			"https:evil.example", "\\\\evil.example", "http://localhost.evil.example", "javascript:alert(1)",
			"%2F%2Fevil.example", "/%09/evil.example", "https://evil.example@localhost" };

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private SignIn account;

	private StoredContent stored;

	private Map<String, String> before;

	/** The account first: creating it is not what the test watches. */
	@BeforeEach
	void newAccountAndWhatIsStored() {
		this.account = SignIn.newAccount(this.accounts, Role.EDITOR);
		this.stored = new StoredContent(this.jdbc);
		this.before = this.stored.fingerprint();
	}

	@AfterEach
	void nothingStoredChanged() {
		assertThat(this.stored.fingerprint()).isEqualTo(this.before);
	}

	static Stream<String> elsewhere() {
		return Stream.of(ELSEWHERE);
	}

	/** Parameters other sign-in pages honour; this one must ignore them all. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("elsewhere")
	void redirectParametersAreIgnored(String target) {
		String query = Stream.of("continue", "redirect", "redirect_uri", "next", "returnUrl", "url", "target")
			.map((name) -> name + "=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8))
			.reduce((a, b) -> a + "&" + b)
			.orElseThrow();
		WebSession visitor = WebSession.anonymous(this.port);
		visitor.get("/login?" + query, "Accept", "text/html");
		HttpResponse<String> answer = visitor.postWithTokenFrom("/login?" + query, "/login?" + query, "username",
				this.account.email(), "password", this.account.password(), "continue", target, "redirect", target,
				"next", target);
		assertLandsOnTheLibrary(visitor, answer);
	}

	/**
	 * A page asked for before signing in, under a path that a browser could read as
	 * another site.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("elsewhere")
	void savedRequestsStayOnTheLibrary(String target) {
		WebSession visitor = WebSession.anonymous(this.port);
		String path = "/admin/" + target.replace("\\", "%5C").replace(":", "%3A");
		try {
			visitor.get(path, "Accept", "text/html");
		}
		catch (IllegalArgumentException notEvenAUri) {
			return;
		}
		assertLandsOnTheLibrary(visitor, signIn(visitor));
	}

	/**
	 * A forged Host (as X-Forwarded-Host through the trusted proxy) when the page was
	 * asked for: the saved address is this site's all the same.
	 */
	@Test
	void aForgedHostIsNotWhereSignInLeads() {
		WebSession visitor = WebSession.anonymous(this.port);
		visitor.get("/admin/resources", "Accept", "text/html", "X-Forwarded-Host", "evil.example");
		assertLandsOnTheLibrary(visitor, signIn(visitor));
	}

	/** Any page asked for on the library itself is where sign-in leads, query and all. */
	@Test
	void aPageOnTheLibraryIsWhereSignInLeads() {
		WebSession visitor = WebSession.anonymous(this.port);
		visitor.get("/admin/resources?next=https%3A%2F%2Fevil.example", "Accept", "text/html");
		HttpResponse<String> answer = signIn(visitor);
		assertThat(URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath())
			.isEqualTo("/admin/resources");
		assertLandsOnTheLibrary(visitor, answer);
	}

	private HttpResponse<String> signIn(WebSession visitor) {
		return visitor.signIn(this.account.email(), this.account.password());
	}

	private void assertLandsOnTheLibrary(WebSession visitor, HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertOnTheLibrary(location);
		URI uri = URI.create(location);
		String pathAndQuery = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		HttpResponse<String> landing = visitor.get(pathAndQuery, "Accept", "text/html");
		assertThat(landing.statusCode()).as(location).isIn(200, 404);
	}

	/**
	 * On this site: a path (not {@code //} or {@code /\}, which browsers read as another
	 * host), or an absolute URL whose host is this one.
	 */
	private void assertOnTheLibrary(String location) {
		assertThat(location).doesNotContain("\\");
		if (location.startsWith("/")) {
			assertThat(location).doesNotStartWith("//").doesNotStartWith("/\\");
		}
		else {
			URI uri = URI.create(location);
			assertThat(uri.getScheme()).isIn("http", "https");
			assertThat(uri.getHost()).isEqualTo("localhost");
			assertThat(uri.getPort()).isEqualTo(this.port);
		}
	}

}
