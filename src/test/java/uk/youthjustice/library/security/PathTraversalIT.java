package uk.youthjustice.library.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
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
 * Attempts to reach files outside the content store through the download, thumbnail and
 * static addresses: encoded and double-encoded dot segments, backslashes, null bytes and
 * absolute paths. Each gets a clear 400 or 404 page (or, for a wrong file name after a
 * real id, the permanent redirect to that attachment's own address), never a file from
 * elsewhere and never a 500; and the stored content is as it was.
 */
@WithLibrary
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathTraversalIT {

	/**
	 * Text from files an attacker would want: /etc/passwd, the configuration, the JVM.
	 */
	private static final String[] SECRETS = { "root:x:0", "spring:", "datasource", "<configuration", "JAVA_HOME" };

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private SeededData seeded;

	private WebSession editor;

	@BeforeAll
	void lookUp() {
		SignIn account = SignIn.newAccount(this.accounts, Role.EDITOR);
		this.editor = WebSession.signedIn(this.port, account);
		this.seeded = SeededData.lookUp(this.jdbc, this.port, account.email());
	}

	Stream<String> attempts() {
		return Stream.of(
		// @formatter:off
			"/files/{attachment}/../../../../etc/passwd",
			"/files/{attachment}/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
			"/files/{attachment}/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
			"/files/{attachment}/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
			"/files/{attachment}/..%252F..%252F..%252Fetc%252Fpasswd",
			"/files/{attachment}/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
			"/files/{attachment}/..%5C..%5C..%5Cetc%5Cpasswd",
			"/files/{attachment}/..%255C..%255Cwindows%255Cwin.ini",
			"/files/{attachment}/passwd%00.pdf",
			"/files/{attachment}/passwd%2500.pdf",
			"/files/{attachment}/%2Fetc%2Fpasswd",
			"/files/{attachment}//etc/passwd",
			"/files/{attachment}/C:%5Cwindows%5Cwin.ini",
			"/files/..%2F..%2Fetc/passwd",
			"/files/%2e%2e/%2e%2e/etc/passwd",
			"/files/-1/passwd",
			"/files/{attachment}%00/passwd",
			"/files/{attachment};/..;/..;/etc/passwd",
			"/thumbnails/..%2F..%2Fetc%2Fpasswd.png",
			"/thumbnails/%2e%2e%2f%2e%2e%2fetc%2fpasswd.png",
			"/thumbnails/{attachment}%2F..%2F..%2Fapplication.yml.png",
			"/thumbnails/{attachment}%00.png",
			"/thumbnails/%5C..%5C..%5Cetc%5Cpasswd.png",
			"/assets/../application.yml",
			"/assets/%2e%2e/application.yml",
			"/assets/..%2Fapplication.yml",
			"/assets/%252e%252e/application.yml",
			"/assets/..%5Capplication.yml",
			"/assets/css/..%2F..%2F..%2Fapplication.yml",
			"/webjars/..%2F..%2Fapplication.yml",
			"/webjars/%2e%2e/%2e%2e/META-INF/MANIFEST.MF",
			"/assets/file:%2Fetc%2Fpasswd",
			"/assets//etc/passwd"
		// @formatter:on
		);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attempts")
	void theAnswerIsAClearRefusalAndNothingElse(String attempt) {
		StoredContent stored = new StoredContent(this.jdbc);
		Map<String, String> before = stored.fingerprint();
		String url = this.seeded.fill(attempt);
		for (WebSession visitor : new WebSession[] { WebSession.anonymous(this.port), this.editor }) {
			HttpResponse<String> answer = visitor.get(url, "Accept", "text/html");
			assertThat(answer.statusCode()).as(url).isIn(301, 400, 404);
			for (String secret : SECRETS) {
				assertThat(answer.body()).as(url).doesNotContain(secret);
			}
			if (answer.statusCode() == 301) {
				// A real id with another name: only ever to that attachment's own
				// address.
				assertThat(answer.headers().firstValue("Location")).as(url).hasValue(this.seeded.get("file"));
			}
			else {
				assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(url)
					.isIn("Page not found", "Sorry, there is a problem with that address");
			}
		}
		assertThat(stored.fingerprint()).isEqualTo(before);
		assertThat(WebSession.anonymous(this.port).get(this.seeded.get("file")).statusCode())
			.as("the real file is still served")
			.isEqualTo(200);
	}

}
