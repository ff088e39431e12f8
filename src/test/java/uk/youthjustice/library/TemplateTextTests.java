package uk.youthjustice.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from the message bundles in i18n/, so the library can be
 * translated (into Welsh, say) without touching templates; and every message a template
 * names exists.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LETTER = Pattern.compile("[\\p{L}\\p{N}]");

	private static final Path MESSAGES = Path.of("src/main/resources/i18n");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(template.toFile());
			for (Element element : document.getAllElements()) {
				if (replacesItsText(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					// Symbols such as × or ⋯ read the same in every language.
					if (LETTER.matcher(text.text()).find()) {
						problems
							.add(template + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
					}
				}
				// An empty alt marks a decorative image in every language.
				TEXT_ATTRIBUTES.stream()
					.filter((attribute) -> LETTER.matcher(element.attr(attribute)).find())
					.forEach((attribute) -> problems
						.add(template + ": " + attribute + " on <" + element.tagName() + ">"));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyInTemplatesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(template + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	// Placeholder text inside an element whose th:text replaces it never reaches a
	// reader.
	private static boolean replacesItsText(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.tagName().equals("script") || element.tagName().equals("style")
				|| element.tagName().equals("title") && element.parent() != null && element.hasAttr("th:replace");
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map((file) -> "i18n/" + file.getFileName().toString().replace(".properties", ""))
				.forEach((bundle) -> assertThat(configuration).as("spring.messages.basename").contains(bundle));
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Map<String, Path> seen = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.sorted().toList()) {
				Properties bundle = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					bundle.load(in);
				}
				for (String key : bundle.stringPropertyNames()) {
					Path first = seen.putIfAbsent(key, file);
					if (first != null) {
						duplicates.add(key + " in " + first + " and " + file);
					}
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					messages.load(in);
				}
			}
		}
		return messages;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
