package uk.youthjustice.library.markdown;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Editors' Markdown as HTML that is safe to put on a page and looks like the rest of it.
 * <p>
 * CommonMark renders the text with any HTML in it escaped, GOV.UK classes on paragraphs,
 * lists, links and headings, and headings one level down so that the page keeps its
 * single {@code h1}. The OWASP sanitizer then lets through only those elements, classes
 * and links: a second, independent line of defence should a rendering rule ever let
 * something slip.
 */
public final class Markdown {

	static final String EXTERNAL_RELS = "noopener noreferrer";

	private static final String BODY = "govuk-body";

	private static final String BULLETS = "govuk-list govuk-list--bullet";

	private static final String NUMBERS = "govuk-list govuk-list--number";

	private static final String LINK = "govuk-link";

	private static final String HEADING_M = "govuk-heading-m";

	private static final String HEADING_S = "govuk-heading-s";

	private static final String INSET = "govuk-inset-text";

	private static final String BREAK = "govuk-section-break govuk-section-break--m govuk-section-break--visible";

	private static final int MAX_START = 99_999;

	private static final Parser PARSER = Parser.builder().postProcessor(Markdown::shiftHeadings).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.attributeProviderFactory((context) -> new GovukAttributes())
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "ul", "ol", "li", "a", "strong", "em", "code", "pre", "blockquote", "br", "hr", "h2", "h3",
				"h4", "h5", "h6")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.matching((element, attribute, value) -> Links.isAllowed(value) ? value : null)
		.onElements("a")
		.allowAttributes("rel")
		.matching(false, EXTERNAL_RELS)
		.onElements("a")
		.allowAttributes("start")
		.matching(Markdown::isListStart)
		.onElements("ol")
		.allowAttributes("class")
		.matching(false, Set.of(BODY, BULLETS, NUMBERS, LINK, HEADING_M, HEADING_S, INSET, BREAK))
		.globally()
		.toFactory();

	private Markdown() {
	}

	/**
	 * The HTML for some Markdown; empty for {@code null} or blank text. Links go only to
	 * http, https and mailto addresses, and web links carry
	 * {@code rel="noopener noreferrer"}.
	 */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	private static Node shiftHeadings(Node document) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(heading.getLevel() + 1, 6));
				visitChildren(heading);
			}
		});
		return document;
	}

	private static boolean isListStart(String value) {
		return !value.isEmpty() && value.length() <= 5 && value.chars().allMatch(Character::isDigit)
				&& Integer.parseInt(value) <= MAX_START;
	}

	private static final class GovukAttributes implements AttributeProvider {

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			if (node instanceof Paragraph || node instanceof HtmlBlock) {
				attributes.put("class", BODY);
			}
			else if (node instanceof BulletList) {
				attributes.put("class", BULLETS);
			}
			else if (node instanceof OrderedList) {
				attributes.put("class", NUMBERS);
			}
			else if (node instanceof Heading heading) {
				attributes.put("class", (heading.getLevel() <= 2) ? HEADING_M : HEADING_S);
			}
			else if (node instanceof BlockQuote) {
				attributes.put("class", INSET);
			}
			else if (node instanceof ThematicBreak) {
				attributes.put("class", BREAK);
			}
			else if (node instanceof Link) {
				link(attributes);
			}
		}

		private static void link(Map<String, String> attributes) {
			String href = attributes.get("href");
			if (!Links.isAllowed(href)) {
				// Without an href the sanitizer drops the <a> and keeps its text.
				attributes.clear();
				return;
			}
			attributes.put("class", LINK);
			if (Links.isWeb(href)) {
				attributes.put("rel", EXTERNAL_RELS);
			}
		}

	}

}
