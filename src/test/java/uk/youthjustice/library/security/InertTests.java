package uk.youthjustice.library.security;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The XSS check itself: it finds every payload of the corpus when it is not escaped. */
class InertTests {

	@Test
	void everyPayloadLeftRawIsFoundOrIsATemplateExpression() {
		for (String payload : Inert.payloads()) {
			String raw = "<!DOCTYPE html><html><body><p>" + payload + "</p></body></html>";
			if (payload.contains(Inert.MARKER) && Inert.problems(raw, payload).isEmpty()) {
				// Text-only payloads (breakouts meant for attributes or scripts) are
				// inert
				// between tags; inside an attribute they must be found.
				String inAttribute = "<!DOCTYPE html><html><body><a title=\"" + payload + "\" href=\"" + payload
						+ "\">x</a><script>var x = '" + payload + "';</script></body></html>";
				assertThat(Inert.problems(inAttribute, payload)).as(payload).isNotEmpty();
			}
		}
	}

	@Test
	void escapedPayloadsAreInert() {
		for (String payload : Inert.payloads()) {
			String escaped = "<!DOCTYPE html><html><head><title>" + HtmlUtils.htmlEscape(payload)
					+ "</title></head><body><p>" + HtmlUtils.htmlEscape(payload) + "</p><textarea>"
					+ HtmlUtils.htmlEscape(payload) + "</textarea><a href=\"/search?q=" + HtmlUtils.htmlEscape(payload)
					+ "\">x</a></body></html>";
			assertThat(Inert.problems(escaped, payload)).as(payload).isEmpty();
		}
	}

	@Test
	void anEvaluatedTemplateExpressionIsFound() {
		assertThat(Inert.evaluated("<p>1337</p>", "[[${7*191}]]")).isTrue();
		assertThat(Inert.evaluated("<p>[[${7*191}]]</p>", "[[${7*191}]]")).isFalse();
	}

	@Test
	void scriptUrlsAndHandlersAreFoundWhateverTheirCase() {
		assertThat(Inert.problems("<a href=' JaVaScRiPt:alert(1)'>x</a>", "x")).isNotEmpty();
		assertThat(Inert.problems("<div ONMOUSEOVER='x'>x</div>", "x")).isNotEmpty();
		assertThat(Inert.problems("<svg><a xlink:href='javascript:alert(1337)'>x</a></svg>", "x")).isNotEmpty();
	}

}
