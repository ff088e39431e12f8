package uk.youthjustice.library.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void paragraphsListsAndEmphasisGetGovukClasses() {
		String html = Markdown.toHtml("""
				Some **strong** and *emphasised* text.

				- first
				- second

				1. one
				2. two
				""");

		assertThat(html).isEqualTo("""
				<p class="govuk-body">Some <strong>strong</strong> and <em>emphasised</em> text.</p>
				<ul class="govuk-list govuk-list--bullet"><li>first</li><li>second</li></ul>
				<ol class="govuk-list govuk-list--number"><li>one</li><li>two</li></ol>
				""");
	}

	@Test
	void headingsMoveOneLevelDownSoThePageKeepsItsOnlyH1() {
		Document html = Jsoup.parseBodyFragment(Markdown.toHtml("""
				# Background

				## How it started

				###### Deepest
				"""));

		assertThat(html.select("h1")).isEmpty();
		assertThat(html.select("h2.govuk-heading-m").text()).isEqualTo("Background");
		assertThat(html.select("h3.govuk-heading-s").text()).isEqualTo("How it started");
		assertThat(html.select("h6.govuk-heading-s").text()).isEqualTo("Deepest");
	}

	@Test
	void webLinksAreGovukLinksThatGiveNothingAwayToTheSiteTheyOpen() {
		Element link = Jsoup
			.parseBodyFragment(Markdown.toHtml("Read [the guidance](https://www.example.org.uk/guide \"Guide\")."))
			.selectFirst("a");

		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo("https://www.example.org.uk/guide");
		assertThat(link.attr("class")).isEqualTo("govuk-link");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
		assertThat(link.hasAttr("title")).isFalse();
	}

	@Test
	void emailLinksStayWithoutRel() {
		Element link = Jsoup.parseBodyFragment(Markdown.toHtml("Email <mailto:team@example.org.uk>.")).selectFirst("a");

		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo("mailto:team@example.org.uk");
		assertThat(link.hasAttr("rel")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript&#58;alert(1)",
			"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "/relative/page",
			"//evil.example/page", "file:///etc/passwd" })
	void linksToAnythingButWebAndEmailBecomePlainText(String destination) {
		String html = Markdown.toHtml("[click me](" + destination + ")");

		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("a")).isEmpty();
		assertThat(document.text()).isEqualTo("click me");
	}

	@Test
	void rawHtmlIsShownAsTextNeverRun() {
		String html = Markdown.toHtml("""
				<script>alert('block')</script>

				Inline <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">link</a>.

				<div onclick="alert(3)">div</div>
				""");

		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, img, div, a, [onerror], [onclick]")).isEmpty();
		assertThat(document.text()).contains("<script>alert('block')</script>")
			.contains("<img src=x onerror=alert(1)>")
			.contains("<div onclick=\"alert(3)\">div</div>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div");
	}

	@Test
	void imagesAreLeftOut() {
		String html = Markdown.toHtml("![a picture](https://www.example.org.uk/x.png \"onerror=alert(1)\")");

		assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
		assertThat(html).doesNotContain("onerror");
	}

	@Test
	void attributeBreakoutsInLinkTitlesAndAddressesAreEscaped() {
		String html = Markdown
			.toHtml("[x](https://example.org.uk/\"onmouseover=\"alert(1) \"t\\\" onfocus=alert(2)\")");

		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("[onmouseover], [onfocus]")).isEmpty();
	}

	@Test
	void codeBlocksQuotesAndRulesSurviveWithoutForeignClasses() {
		Document html = Jsoup.parseBodyFragment(Markdown.toHtml("""
				> A quote

				```html
				<b>bold</b>
				```

				---
				"""));

		assertThat(html.select("blockquote.govuk-inset-text p.govuk-body").text()).isEqualTo("A quote");
		assertThat(html.select("pre code").text()).isEqualTo("<b>bold</b>");
		assertThat(html.select("pre code").attr("class")).isEmpty();
		assertThat(html.select("hr").attr("class")).contains("govuk-section-break");
	}

	@Test
	void numberedListsKeepTheirStartButNothingElse() {
		Document html = Jsoup.parseBodyFragment(Markdown.toHtml("3. three\n4. four"));

		assertThat(html.select("ol").attr("start")).isEqualTo("3");
	}

	@Test
	void nothingToRenderIsEmpty() {
		assertThat(Markdown.toHtml(null)).isEmpty();
		assertThat(Markdown.toHtml("  \n ")).isEmpty();
	}

}
