package uk.youthjustice.library.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page holds anything executable that came from a payload: every payload of
 * {@code security/xss-payloads.txt} carries 1337, so an element that could run script and
 * mentions 1337, an event-handler attribute, or a script URL is a payload that got
 * through. A payload without 1337 is a template expression worth 1337 once evaluated
 * ({@link #evaluated}).
 */
final class Inert {

	static final String MARKER = "1337";

	/** Elements that run script or change how the page loads. */
	private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
			"applet", "base", "style", "svg", "math", "template", "portal");

	/** Attributes that hold URLs a browser follows or loads. */
	private static final Set<String> URLS = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
			"poster", "background", "srcset", "cite", "ping", "manifest");

	private Inert() {
	}

	/** The payloads, one a line; {@code \n} stands for a line break. */
	static List<String> payloads() {
		try (InputStream in = Inert.class.getResourceAsStream("/security/xss-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.replace("\\n", "\n"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What on the page is executable and came from the payload; empty when inert. */
	static List<String> problems(String html, String payload) {
		Document page = Jsoup.parse(html);
		List<String> problems = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					problems.add("event handler <" + element.tagName() + " " + name + ">");
				}
				if ((URLS.contains(name) || name.endsWith(":href")) && isScriptUrl(value)) {
					problems.add("script URL <" + element.tagName() + " " + name + "=" + value + ">");
				}
			}
			if (ACTIVE.contains(element.normalName()) && element.outerHtml().contains(MARKER)) {
				problems.add("active element " + element.outerHtml());
			}
			if (element.normalName().equals("meta") && element.hasAttr("http-equiv")
					&& !element.attr("http-equiv").equalsIgnoreCase("content-type")) {
				problems.add("meta http-equiv " + element.outerHtml());
			}
		}
		return problems;
	}

	/**
	 * Whether a payload that is a template expression (no marker of its own) was
	 * evaluated: 1337 on a page that shows only this payload. Pages that also show
	 * earlier payloads (lists, histories) cannot tell.
	 */
	static boolean evaluated(String html, String payload) {
		return !payload.contains(MARKER) && Jsoup.parse(html).text().contains(MARKER);
	}

	private static boolean isScriptUrl(String value) {
		return value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")
				|| value.startsWith("data:image/svg");
	}

}
