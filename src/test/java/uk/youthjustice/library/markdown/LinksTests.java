package uk.youthjustice.library.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTests {

	@Test
	void webAndEmailAddressesAreAllowed() {
		assertThat(Links.isAllowed("https://www.example.org.uk/a?b=c#d")).isTrue();
		assertThat(Links.isAllowed("HTTP://EXAMPLE.ORG.UK")).isTrue();
		assertThat(Links.isAllowed("mailto:team@example.org.uk")).isTrue();
	}

	@Test
	void scriptsDataRelativeAndBrokenAddressesAreNot() {
		assertThat(Links.isAllowed("javascript:alert(1)")).isFalse();
		assertThat(Links.isAllowed(" javascript:alert(1)")).isFalse();
		assertThat(Links.isAllowed("data:text/html,<b>")).isFalse();
		assertThat(Links.isAllowed("/resources/x")).isFalse();
		assertThat(Links.isAllowed("https://exa mple.org")).isFalse();
		assertThat(Links.isAllowed("http:no-host")).isFalse();
		assertThat(Links.isAllowed("")).isFalse();
		assertThat(Links.isAllowed(null)).isFalse();
	}

	@Test
	void aWebAddressIsOnlyEverHttpOrHttps() {
		assertThat(Links.webAddress(" https://www.example.org.uk ")).isEqualTo("https://www.example.org.uk");
		assertThat(Links.webAddress("mailto:team@example.org.uk")).isNull();
		assertThat(Links.webAddress("javascript:alert(1)")).isNull();
		assertThat(Links.webAddress("www.example.org.uk")).isNull();
	}

}
