package uk.youthjustice.library.feedback;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PagePathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/accessibility", "/resources/heritage-panel", "/categories/practice-examples",
			"/resources/caf%C3%A9", "/topics/county-lines;v=1", "/no-such-page" })
	void keepsSameSitePaths(String path) {
		assertThat(PagePath.orHome(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
			"https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "relative/path",
			"/resources//x", "/resources/x?q=1", "/resources/x#top", "/a b", "/\r\nSet-Cookie: x=1", "/\u0000",
			"<script>alert(1)</script>", "/<script>", "/{id}", "/%zz", "/%2", " /accessibility" })
	void sendsAnythingElseHome(String candidate) {
		assertThat(PagePath.orHome(candidate)).isEqualTo("/");
	}

	@Test
	void allowsFiveHundredCharactersAndNoMore() {
		String longest = "/" + "a".repeat(499);
		assertThat(PagePath.orHome(longest)).isEqualTo(longest);
		assertThat(PagePath.orHome(longest + "a")).isEqualTo("/");
	}

	@Test
	void readsTheRequestPathWithoutTheContextPath() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/library/resources/heritage");
		request.setContextPath("/library");
		assertThat(PagePath.of(request)).isEqualTo("/resources/heritage");
	}

	@Test
	void onAnErrorPageReadsThePathThatFailed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/resources/withdrawn");
		assertThat(PagePath.of(request)).isEqualTo("/resources/withdrawn");
	}

}
