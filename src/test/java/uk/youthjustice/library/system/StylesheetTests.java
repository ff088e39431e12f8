package uk.youthjustice.library.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule left unclosed (an easy slip when merging) silently swallows every rule after it,
 * since browsers now read them as nested rules.
 */
class StylesheetTests {

	@Test
	void everyRuleIsClosed() throws IOException {
		List<Path> sheets;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/static/css"))) {
			sheets = files.filter((file) -> file.toString().endsWith(".css")).toList();
		}
		assertThat(sheets).isNotEmpty();
		for (Path sheet : sheets) {
			String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
			int depth = 0;
			int line = 1;
			for (char c : css.toCharArray()) {
				line += (c == '\n') ? 1 : 0;
				depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
				assertThat(depth).as("%s: unbalanced } near line %d", sheet, line).isNotNegative();
				if (depth > 2) {
					throw new AssertionError(
							sheet + ": rules nested three deep near line " + line + ": is a } missing above?");
				}
			}
			assertThat(depth).as("%s: a rule is not closed", sheet).isZero();
		}
	}

}
