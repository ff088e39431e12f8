package uk.youthjustice.library.benchmark;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.CorpusLoader.CorpusFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageTargetTests {

	private static final CorpusFacts CORPUS = new CorpusFacts(10_000, 10_030, 9_206, "practice-examples",
			"Practice examples", 3_607, 1_555, "leeds-yjs-mentoring-s00000", "Leeds YJS: mentoring", 90_000,
			Duration.ofSeconds(5), 0, 0, 12_000_000, 0);

	@Test
	void allTargetsByDefaultWithTheBaselineFirst() {
		assertThat(PageTarget.select("", CORPUS)).extracting(PageTarget::name)
			.containsExactly("static", "resource", "category", "category-page-50", "home");
		assertThat(PageTarget.select("", CORPUS)).extracting(PageTarget::path)
			.containsExactly("/assets/css/library.css", "/resources/leeds-yjs-mentoring-s00000",
					"/categories/practice-examples",
					"/categories/practice-examples?type=practice-example&cost=free&page=50", "/");
	}

	@Test
	void aChosenListAlwaysKeepsTheBaseline() {
		assertThat(PageTarget.select("home", CORPUS)).extracting(PageTarget::name).containsExactly("static", "home");
		assertThat(PageTarget.select("home, static", CORPUS)).extracting(PageTarget::name)
			.containsExactly("static", "home");
	}

	@Test
	void anUnknownTargetIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PageTarget.select("home,search", CORPUS))
			.withMessageContaining("[search]");
	}

	@Test
	void onlyTheResourcePageHasTheIssueTargets() {
		assertThat(PageTarget.select("", CORPUS)).filteredOn((target) -> target.maxP99Millis() != null)
			.singleElement()
			.satisfies((target) -> {
				assertThat(target.name()).isEqualTo("resource");
				assertThat(target.maxP99Millis()).isEqualTo(50.0);
				assertThat(target.minShareOfBaselineRate()).isEqualTo(0.40);
			});
	}

	@Test
	void pageFiftyMustShowBothFiltersApplied() {
		PageTarget page50 = PageTarget.select("category-page-50", CORPUS).get(1);
		String link = "<a href=\"/resources/some-title-s01234\">Some title</a>";

		assertThat(page50.check().test(link + "<p>Page <strong>50</strong>\n of 78</p>")).isTrue();
		assertThat(page50.check().test(link + "<p>Page 50 of 182</p>")).isFalse();
		assertThat(page50.check().test("<a href=\"/resources/a-demo-slug\">x</a><p>Page 50 of 78</p>")).isFalse();
	}

	@Test
	void escapesAsThymeleafDoes() {
		assertThat(PageTarget.escape("Children's <b>\"care\"</b> & justice"))
			.isEqualTo("Children&#39;s &lt;b&gt;&quot;care&quot;&lt;/b&gt; &amp; justice");
	}

}
