package uk.youthjustice.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our stylesheets are well formed: every rule is closed before the next begins. Browsers
 * now read a rule opened inside another as CSS nesting, so one missing brace silently
 * drops every rule after it (as merges have done more than once).
 */
class StylesheetTests {

	private static final Path STYLESHEETS = Path.of("src/main/resources/static/css");

	@Test
	void everyRuleIsClosedBeforeTheNextBegins() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(STYLESHEETS)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".css")).sorted().toList()) {
				problems.addAll(problems(file.getFileName().toString(), Files.readString(file)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void findsARuleLeftOpen() {
		assertThat(problems("test.css", ".a {\n  color: red;\n\n.b {\n  color: blue;\n}\n")).hasSize(2);
		assertThat(problems("test.css", "@media (min-width: 1px) {\n  .a {\n    color: red;\n  }\n}\n")).isEmpty();
	}

	/** Style rules opened inside style rules, and blocks never closed. */
	static List<String> problems(String name, String css) {
		String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
		List<String> problems = new ArrayList<>();
		Deque<Boolean> open = new ArrayDeque<>();
		int preludeStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				String prelude = text.substring(preludeStart, i).strip();
				boolean styleRule = !prelude.startsWith("@");
				if (styleRule && !open.isEmpty() && open.peek()) {
					problems.add(name + ": \"" + prelude + "\" (line " + text.substring(0, i).split("\n", -1).length
							+ ") opens inside a rule left open");
				}
				open.push(styleRule);
				preludeStart = i + 1;
			}
			else if (c == '}') {
				if (open.isEmpty()) {
					problems.add(name + ": an extra } at line " + text.substring(0, i).split("\n", -1).length);
				}
				else {
					open.pop();
				}
				preludeStart = i + 1;
			}
			else if (c == ';') {
				preludeStart = i + 1;
			}
		}
		if (!open.isEmpty()) {
			problems.add(name + ": " + open.size() + " block(s) never closed");
		}
		return problems;
	}

}
