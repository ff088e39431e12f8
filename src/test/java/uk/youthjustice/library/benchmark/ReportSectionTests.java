package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSectionTests {

	@TempDir
	Path dir;

	@Test
	void appendsTheSectionAfterWhatIsThere() throws Exception {
		Path file = this.dir.resolve("benchmarks.md");
		Files.writeString(file, "# Benchmarks\n\nEarlier figures.\n");

		ReportSection.write(file, "page-serving", "## Page serving\n\nfirst run");

		assertThat(Files.readString(file))
			.startsWith("# Benchmarks\n\nEarlier figures.\n\n<!-- benchmark:page-serving ")
			.contains("## Page serving\n\nfirst run\n<!-- /benchmark:page-serving -->")
			.endsWith("-->\n");
	}

	@Test
	void replacesOnlyItsOwnSection() throws Exception {
		Path file = this.dir.resolve("benchmarks.md");
		Files.writeString(file, "# Benchmarks\n");
		ReportSection.write(file, "page-serving", "first run");
		ReportSection.write(file, "search", "search figures");
		Files.writeString(file, Files.readString(file) + "\nA note written by hand.\n");

		ReportSection.write(file, "page-serving", "second run");

		String text = Files.readString(file);
		assertThat(text).doesNotContain("first run")
			.contains("second run")
			.contains("search figures")
			.startsWith("# Benchmarks\n")
			.endsWith("A note written by hand.\n");
		assertThat(text.indexOf("second run")).isLessThan(text.indexOf("search figures"));
	}

	@Test
	void writingTheSameSectionAgainChangesNothing() throws Exception {
		Path file = this.dir.resolve("benchmarks.md");
		Files.writeString(file, "# Benchmarks\n\nText.\n");
		ReportSection.write(file, "page-serving", "| a | b |\n|---|---|\n| 1 | 2 |\n");
		String once = Files.readString(file);

		ReportSection.write(file, "page-serving", "| a | b |\n|---|---|\n| 1 | 2 |\n");

		assertThat(Files.readString(file)).isEqualTo(once);
	}

	@Test
	void createsAMissingFile() throws Exception {
		Path file = this.dir.resolve("new.md");

		ReportSection.write(file, "page-serving", "figures");

		assertThat(Files.readString(file)).startsWith("<!-- benchmark:page-serving ").contains("\nfigures\n");
	}

}
