package uk.youthjustice.library.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out over HTTP: throttling, the audit log, sessions and the security
 * headers. Each test claims its own client address (through the trusted-proxy header), so
 * failures here never throttle other tests' sign-ins from localhost.
 */
@WithLibrary
class SignInIT {

	private static final String WRONG = "not the right password at all";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAdministration administration;

	@Autowired
	SignInAttemptRepository attempts;

	@Autowired
	SignInRecords records;

	@Autowired
	UserAccountRepository users;

	@Test
	void fiveFailuresRefuseTheAccountFromAnyAddressWithoutCheckingThePassword() {
		SignIn account = SignIn.newAccount(this.accounts);
		WebSession visitor = WebSession.anonymous(this.port).from(newAddress());
		for (int i = 0; i < 5; i++) {
			assertRedirectedToSignIn(visitor.signIn(account.email(), WRONG));
		}
		assertThat(errorOn(visitor)).isEqualTo("Enter a correct email address and password");

		assertRedirectedToSignIn(visitor.signIn(account.email(), account.password()));
		assertThat(errorOn(visitor)).startsWith("You have tried to sign in too many times. Try again after ");
		WebSession elsewhere = WebSession.anonymous(this.port).from(newAddress());
		assertRedirectedToSignIn(elsewhere.signIn(account.email().toUpperCase(), account.password()));

		assertThat(outcomes(account.email())).containsExactly(SignInOutcome.THROTTLED, SignInOutcome.THROTTLED,
				SignInOutcome.BAD_CREDENTIALS, SignInOutcome.BAD_CREDENTIALS, SignInOutcome.BAD_CREDENTIALS,
				SignInOutcome.BAD_CREDENTIALS, SignInOutcome.BAD_CREDENTIALS);
		// Another account from the first address is not affected.
		assertSignedIn(visitor.signIn(SignIn.newAccount(this.accounts).email(), account.password()));
	}

	@Test
	void twentyFailuresRefuseTheAddressWhateverEmailIsTried() {
		String address = newAddress();
		WebSession guesser = WebSession.anonymous(this.port).from(address);
		for (int i = 0; i < 20; i++) {
			assertRedirectedToSignIn(guesser.signIn("guess-" + i + "-" + UUID.randomUUID() + "@example.org", WRONG));
		}
		SignIn account = SignIn.newAccount(this.accounts);
		assertRedirectedToSignIn(guesser.signIn(account.email(), account.password()));
		assertThat(errorOn(guesser)).startsWith("You have tried to sign in too many times.");

		assertSignedIn(WebSession.anonymous(this.port).from(newAddress()).signIn(account.email(), account.password()));
	}

	@Test
	void failuresOutsideTheWindowOrBeforeASuccessDoNotCount() {
		SignIn account = SignIn.newAccount(this.accounts);
		String username = account.email();
		Instant longAgo = Instant.now().minus(Duration.ofMinutes(31));
		for (int i = 0; i < 5; i++) {
			this.attempts.save(new SignInAttempt(longAgo.plusSeconds(i), username, null, SignInOutcome.BAD_CREDENTIALS,
					"192.0.2.1", null));
		}
		WebSession visitor = WebSession.anonymous(this.port).from(newAddress());
		assertSignedIn(visitor.signIn(username, account.password()));

		WebSession later = WebSession.anonymous(this.port).from(newAddress());
		for (int i = 0; i < 4; i++) {
			assertRedirectedToSignIn(later.signIn(username, WRONG));
		}
		// Nine failures in all, but only four since the last success.
		assertSignedIn(later.signIn(username, account.password()));
	}

	@Test
	void eachAttemptIsRecordedWithWhoWhereAndWhichBrowser() {
		SignIn account = SignIn.newAccount(this.accounts);
		String address = newAddress();
		WebSession visitor = WebSession.anonymous(this.port).from(address);
		assertRedirectedToSignIn(visitor.signIn(" " + account.email().toUpperCase() + " ", WRONG));
		assertRedirectedToSignIn(visitor.signIn("nobody-" + UUID.randomUUID() + "@example.org", WRONG));
		assertRedirectedToSignIn(visitor.signIn("", ""));
		assertSignedIn(visitor.signIn(account.email(), account.password()));

		List<SignInAttempt> recorded = this.attempts.findByUsernameOrderByIdDesc(account.email());
		Long accountId = this.accounts.findByEmail(account.email()).orElseThrow().getId();
		assertThat(recorded).extracting(SignInAttempt::getOutcome)
			.containsExactly(SignInOutcome.SUCCESS, SignInOutcome.BAD_CREDENTIALS);
		assertThat(recorded).allSatisfy((attempt) -> {
			assertThat(attempt.getUserAccountId()).isEqualTo(accountId);
			assertThat(attempt.getClientAddress()).isEqualTo(address);
			assertThat(attempt.getUserAgent()).startsWith("Java-http-client");
		});
		assertThat(this.accounts.findByEmail(account.email()).orElseThrow().getLastSignedInAt())
			.isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
		// An empty form tried nothing and is not recorded.
		assertThat(this.attempts.findByUsernameOrderByIdDesc("")).isEmpty();
	}

	@Test
	void signingInGivesANewSessionIdAndSigningOutEndsIt() {
		SignIn account = SignIn.newAccount(this.accounts, Role.ADMIN);
		WebSession visitor = WebSession.anonymous(this.port).from(newAddress());
		visitor.get("/login");
		String before = visitor.sessionId();
		assertThat(before).isNotNull();

		assertSignedIn(visitor.signIn(account.email(), account.password()));
		assertThat(visitor.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);

		HttpResponse<String> signOut = visitor.postWithToken("/logout");
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?signed-out"));
		assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(302);
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndRefusesItsSignIn() {
		SignIn account = SignIn.newAccount(this.accounts, Role.ADMIN);
		// Never the last administrator, whatever other tests left behind.
		SignIn.newAccount(this.accounts, Role.ADMIN);
		WebSession visitor = WebSession.signedIn(this.port, account).from(newAddress());
		assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);

		long id = this.accounts.findByEmail(account.email()).orElseThrow().getId();
		this.administration.disable(id, "another.admin@example.org");

		HttpResponse<String> next = visitor.get("/admin/users");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		WebSession again = WebSession.anonymous(this.port).from(newAddress());
		assertRedirectedToSignIn(again.signIn(account.email(), account.password()));
		assertThat(errorOn(again)).isEqualTo("Enter a correct email address and password");
		assertThat(outcomes(account.email())).first().isEqualTo(SignInOutcome.DISABLED);

		this.administration.enable(id);
		assertSignedIn(again.signIn(account.email(), account.password()));
	}

	@Test
	void settingANewPasswordEndsTheAccountsSessions() {
		SignIn account = SignIn.newAccount(this.accounts, Role.ADMIN);
		WebSession visitor = WebSession.signedIn(this.port, account).from(newAddress());
		long id = this.accounts.findByEmail(account.email()).orElseThrow().getId();

		this.accounts.setPassword(this.administration.issueLink(id).link().token(), "a brand new passphrase here");

		assertThat(visitor.get("/admin/users").headers().firstValue("Location").orElseThrow())
			.endsWith("/login?expired");
		assertSignedIn(WebSession.anonymous(this.port)
			.from(newAddress())
			.signIn(account.email(), "a brand new passphrase here"));
	}

	@Test
	void aFormSentAfterItsSessionEndedLeadsBackToSignIn() throws Exception {
		HttpRequest stale = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Cookie", "JSESSIONID=ended-long-ago")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=a%40example.org&password=x&_csrf=old"))
			.build();
		HttpResponse<String> answer = HttpClient.newHttpClient().send(stale, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");

		HttpResponse<String> page = LocalHttp.get(this.port, "/admin/users", "Cookie", "JSESSIONID=ended-long-ago");
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		HttpResponse<String> home = LocalHttp.getPage(this.port, "/");
		String importMap = Jsoup.parse(home.body()).selectFirst("script[type=importmap]").data();
		String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self' 'sha256-" + sha256(importMap) + "'")
			.contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
			.doesNotContain("unsafe-inline");
		for (String path : List.of("/", "/login", "/no-such-page", "/assets/css/library.css", "/admin/users")) {
			HttpResponse<String> answer = LocalHttp.get(this.port, path);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValue(policy);
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(answer.headers().firstValue("Permissions-Policy")).as(path).isPresent();
			assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() {
		String plain = sessionCookie(LocalHttp.get(this.port, "/login"));
		assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

		String secure = sessionCookie(LocalHttp.get(this.port, "/login", "X-Forwarded-Proto", "https"));
		assertThat(secure).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
	}

	@Test
	void oldRecordsArePurgedAfterTwelveMonths() {
		String username = "purge-" + UUID.randomUUID() + "@example.org";
		Instant now = Instant.now();
		this.attempts.save(new SignInAttempt(now.minus(Duration.ofDays(366)), username, null,
				SignInOutcome.BAD_CREDENTIALS, "192.0.2.1", null));
		this.attempts.save(new SignInAttempt(now.minus(Duration.ofDays(364)), username, null,
				SignInOutcome.BAD_CREDENTIALS, "192.0.2.1", null));

		this.records.purge();

		assertThat(this.attempts.findByUsernameOrderByIdDesc(username)).singleElement()
			.satisfies((kept) -> assertThat(kept.getAttemptedAt()).isAfter(now.minus(Duration.ofDays(365))));
	}

	private List<SignInOutcome> outcomes(String email) {
		return this.attempts.findByUsernameOrderByIdDesc(email).stream().map(SignInAttempt::getOutcome).toList();
	}

	private static String errorOn(WebSession visitor) {
		Document page = Jsoup.parse(visitor.get("/login").body());
		return page.select(".govuk-error-summary__list a").text();
	}

	private static void assertRedirectedToSignIn(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).matches(".*/login$");
	}

	private static void assertSignedIn(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

	private static String sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A new address from the documentation range 198.51.100.0/24, for this class only.
	 */
	private static String newAddress() {
		return "198.51.100." + ADDRESSES.incrementAndGet();
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
