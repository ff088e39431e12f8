package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticResource;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTests {

	private static final Taxonomy TAXONOMY = new Taxonomy(ids(1, 6), ids(11, 12), ids(31, 4), ids(41, 15));

	private static final List<SyntheticResource> CORPUS = new SyntheticCorpus(TAXONOMY, 100).generate();

	private static final Predicate<SyntheticResource> PUBLIC = (r) -> r.status().equals("PUBLISHED")
			&& !r.publishedAt().isAfter(SyntheticCorpus.ANCHOR);

	@Test
	void theSameSeedGivesTheSameCorpus() {
		assertThat(new SyntheticCorpus(TAXONOMY, 100).generate().equals(CORPUS)).isTrue();
	}

	@Test
	void tenThousandResourcesWithUniqueMarkedSlugs() {
		List<SyntheticResource> corpus = CORPUS;

		assertThat(corpus).hasSize(10_000);
		Set<String> slugs = new HashSet<>();
		corpus.forEach((r) -> slugs.add(r.slug()));
		assertThat(slugs).hasSize(10_000);
		assertThat(slugs.stream().filter((slug) -> !slug.matches("[a-z0-9-]+-s\\d{5}"))).isEmpty();
		assertThat(corpus.get(0).id()).isEqualTo(100);
		assertThat(corpus.get(9_999).id()).isEqualTo(10_099);
	}

	@Test
	void theFirstCategoryRunsToPageFiftyWithTwoFilters() {
		List<SyntheticResource> first = CORPUS.stream().filter((r) -> r.categoryId() == 1).filter(PUBLIC).toList();

		assertThat(first).hasSizeGreaterThanOrEqualTo(3_000);
		assertThat(first.stream()
			.filter((r) -> r.kind().equals("PRACTICE_EXAMPLE") && r.costKind().equals("NONE"))
			.count()).isGreaterThanOrEqualTo(1_000);
	}

	@Test
	void hasBothKindsEveryStatusAndTenYearsOfPublishing() {
		List<SyntheticResource> corpus = CORPUS;

		assertThat(corpus).extracting(SyntheticResource::kind).contains("PRACTICE_EXAMPLE", "GUIDANCE_DOCUMENT");
		assertThat(corpus).extracting(SyntheticResource::status)
			.contains("PUBLISHED", "DRAFT", "SCHEDULED", "ARCHIVED");
		assertThat(corpus.stream().filter(PUBLIC).count()).isGreaterThan(8_500);
		assertThat(corpus.stream().filter(PUBLIC).map(SyntheticResource::publishedAt).min((a, b) -> a.compareTo(b)))
			.hasValueSatisfying((oldest) -> assertThat(Duration.between(oldest, SyntheticCorpus.ANCHOR).toDays())
				.isGreaterThan(9 * 365));
		assertThat(corpus.stream().mapToInt((r) -> r.topicIds().size()).summaryStatistics())
			.satisfies((topics) -> assertThat(topics.getMin()).isEqualTo(1))
			.satisfies((topics) -> assertThat(topics.getMax()).isEqualTo(3));
		assertThat(corpus.stream().mapToInt((r) -> r.description().split("\n\n").length).summaryStatistics())
			.satisfies((paragraphs) -> assertThat(paragraphs.getMin()).isEqualTo(1))
			.satisfies((paragraphs) -> assertThat(paragraphs.getMax()).isEqualTo(4));
		assertThat(corpus.stream()
			.filter((r) -> r.kind().equals("PRACTICE_EXAMPLE"))
			.mapToInt((r) -> r.contactIds().size())
			.summaryStatistics()).satisfies((contacts) -> assertThat(contacts.getMin()).isEqualTo(1))
			.satisfies((contacts) -> assertThat(contacts.getMax()).isEqualTo(2));
	}

	@Test
	void theShowcaseResourceHasEverythingAResourcePageShows() {
		SyntheticResource showcase = CORPUS.get(0);

		assertThat(showcase.kind()).isEqualTo("PRACTICE_EXAMPLE");
		assertThat(PUBLIC.test(showcase)).isTrue();
		assertThat(showcase.categoryId()).isEqualTo(1);
		assertThat(showcase.topicIds()).hasSize(3);
		assertThat(showcase.contactIds()).hasSize(2);
		assertThat(showcase.description().split("\n\n")).hasSize(4);
		assertThat(showcase.aims()).isNotEmpty();
		assertThat(showcase.steps()).isNotEmpty();
		assertThat(showcase.changeNotes()).hasSize(3);
		assertThat(showcase.title()).doesNotContain("'", "&", "<", "\"");
	}

	private static List<Long> ids(long first, int count) {
		return LongStream.range(first, first + count).boxed().toList();
	}

}
