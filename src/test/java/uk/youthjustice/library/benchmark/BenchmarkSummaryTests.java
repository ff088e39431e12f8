package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.youthjustice.library.benchmark.Figure.Met;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkSummaryTests {

	@TempDir
	Path dir;

	@Test
	void aBenchmarkReplacesOnlyItsOwnRows() {
		String first = BenchmarkSummary.merge("", "search",
				List.of(new Figure("p95 latency", "12 ms", "40 ms", "3.3×", "< 20 ms", Met.YES)), "machine A",
				"2026-12-01", "cmd search");
		String both = BenchmarkSummary.merge(first, "page-serving",
				List.of(Figure.reported("Home page: requests/s", "900")), "machine B", "2026-12-02", "cmd pages");

		String again = BenchmarkSummary.merge(both, "page-serving",
				List.of(Figure.targeted("Home page: p99", "30 ms", "< 50 ms", false)), "machine C", "2026-12-03",
				"cmd pages");

		assertThat(again)
			.contains("| search | p95 latency | 12 ms | 40 ms | 3.3× | < 20 ms | met | machine A "
					+ "| 2026-12-01 | `cmd search` |")
			.contains("| page-serving | Home page: p99 | 30 ms | — | — | < 50 ms | **missed** | machine C | 2026-12-03 "
					+ "| `cmd pages` |")
			.doesNotContain("Home page: requests/s");
		assertThat(again.indexOf("| page-serving |")).as("the fixed order, not the order of writing")
			.isLessThan(again.indexOf("| search |"));
	}

	@Test
	void rewritingTheSameRowsChangesNothing() {
		List<Figure> figures = List.of(Figure.reported("a | b", "1"), Figure.reported("c", "2"));
		String once = BenchmarkSummary.merge("", "soak", figures, "m", "d", "c");

		assertThat(BenchmarkSummary.merge(once, "soak", figures, "m", "d", "c")).isEqualTo(once);
		assertThat(once).contains("| soak | a \\| b | 1 |");
	}

	@Test
	void writesTheSectionIntoTheReportAndKeepsTheRest() throws Exception {
		Path file = this.dir.resolve("benchmarks.md");
		Files.writeString(file, "# Benchmarks\n\n");
		ReportSection.write(file, BenchmarkSummary.SECTION, "## Summary\n");
		ReportSection.write(file, "downloads", "## Downloads\n\ndetails");

		BenchmarkSummary.write(file, "downloads", List.of(Figure.reported("Throughput", "900 MiB/s")));

		String text = Files.readString(file);
		assertThat(text).contains("| downloads | Throughput | 900 MiB/s |").contains("## Downloads\n\ndetails");
		assertThat(text.indexOf("| downloads | Throughput")).isLessThan(text.indexOf("## Downloads"));
		assertThat(ReportSection.read(file, "downloads")).isEqualTo("## Downloads\n\ndetails\n");
	}

}
