package uk.youthjustice.library.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where sign-in may lead: the path and query of the page asked for, never another host.
 */
class SameSiteRedirectsTests {

	private final SameSiteRedirects redirects = new SameSiteRedirects("/admin");

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			http://localhost:8080/admin/resources?continue | /admin/resources?continue
			http://evil.example/admin/resources?continue   | /admin/resources?continue
			https://evil.example                           | /admin
			/admin/resources/7/edit                        | /admin/resources/7/edit
			//evil.example/admin                           | /admin
			http://localhost//evil.example/admin           | /admin
			/\\evil.example                                | /admin
			https:evil.example                             | /admin
			javascript:alert(1)                            | /admin
			not a uri at all                               | /admin
			/search?q=a%20b&page=2                         | /search?q=a%20b&page=2
			""")
	void keepsOnlyAPathOnThisSite(String saved, String expected) {
		assertThat(this.redirects.local(saved, "")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			http://evil.example/library/admin?continue | /admin?continue
			http://localhost/other/admin               | /admin
			""")
	void dropsTheContextPathThatRedirectsAddBack(String saved, String expected) {
		assertThat(this.redirects.local(saved, "/library")).isEqualTo(expected);
	}

}
