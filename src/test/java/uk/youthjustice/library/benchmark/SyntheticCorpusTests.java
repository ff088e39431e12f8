package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.benchmark.SyntheticCorpus.Shape;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticAttachment;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticResource;
import uk.youthjustice.library.benchmark.SyntheticCorpus.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTests {

	private static final Taxonomy TAXONOMY = new Taxonomy(ids(1, 6), ids(11, 12), ids(31, 4), ids(41, 15));

	private static final List<SyntheticResource> CORPUS = new SyntheticCorpus(Shape.PAGES, TAXONOMY, 100).generate();

	/**
	 * The search shape's first 12,000: the whole 100,000 take too long for a unit test.
	 */
	private static final List<SyntheticResource> SEARCH_SAMPLE = new SyntheticCorpus(new Shape(12_000,
			Shape.SEARCH.extraParagraphs(), Shape.SEARCH.attachmentShare(), Shape.SEARCH.pagesPerAttachment(), true),
			TAXONOMY, 100)
		.generate();

	private static final Predicate<SyntheticResource> PUBLIC = (r) -> r.status().equals("PUBLISHED")
			&& !r.publishedAt().isAfter(SyntheticCorpus.ANCHOR);

	@Test
	void theSameSeedGivesTheSameCorpus() {
		assertThat(new SyntheticCorpus(Shape.PAGES, TAXONOMY, 100).generate().equals(CORPUS)).isTrue();
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

	@Test
	void theSearchShapeAddsProseAndAttachedPagesToTheSameResources() {
		assertThat(Shape.SEARCH.size()).isEqualTo(100_000);
		assertThat(Shape.SEARCH.attachmentShare() * Shape.SEARCH.size() * Shape.SEARCH.pagesPerAttachment())
			.isEqualTo(200_000);
		List<SyntheticResource> search = SEARCH_SAMPLE;

		assertThat(search).hasSize(12_000);
		assertThat(search.subList(0, 10_000)).extracting(SyntheticResource::title)
			.isEqualTo(CORPUS.stream().map(SyntheticResource::title).toList());
		long attached = search.stream().filter((r) -> r.attachment() != null).count();
		assertThat(attached).isBetween(1_000L, 1_400L);
		assertThat(search.stream().filter((r) -> r.attachment() != null).mapToInt((r) -> r.attachment().pages()))
			.containsOnly(20);
		double words = search.stream().mapToInt((r) -> r.description().split("\\s+").length).average().orElse(0);
		assertThat(words).as("words in a description, on average").isBetween(150.0, 400.0);
	}

	@Test
	void attachedPagesAreTheSameEveryTimeAndPageSized() {
		SyntheticAttachment attachment = SEARCH_SAMPLE.stream()
			.map(SyntheticResource::attachment)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();

		List<String> pages = attachment.pageTexts();

		assertThat(pages).hasSize(20).isEqualTo(attachment.pageTexts());
		assertThat(pages).allSatisfy((page) -> assertThat(page.split("\\s+").length).isBetween(250, 520));
		assertThat(pages.get(11)).startsWith(attachment.title() + "\n12. ").endsWith("Page 12");
	}

	/**
	 * The relevance set's answers must be the only resources with these words, or a
	 * synthetic resource would be an unjudged right answer rather than noise.
	 */
	@Test
	void syntheticTextNeverUsesTheWordsThatSingleOutTheRelevanceSetsAnswers() {
		StringBuilder text = new StringBuilder();
		Random random = new Random(1);
		for (int i = 0; i < 2_000; i++) {
			text.append(SyntheticProse.page(random, "t", 1, 300)).append('\n');
		}
		for (SyntheticResource r : SEARCH_SAMPLE) {
			text.append(r.title()).append('\n').append(r.summary()).append('\n').append(r.description()).append('\n');
			r.aims().forEach((aim) -> text.append(aim).append('\n'));
			r.steps().forEach((step) -> text.append(step).append('\n'));
		}
		SyntheticCorpus.extraContacts()
			.forEach((c) -> text.append(c.organisation()).append(' ').append(c.personName()));
		String lower = text.toString().toLowerCase(Locale.ROOT);

		for (String word : List.of("rotl", "nrm", "cse", "cce", "pru", "bame", "bme", "lac", "ete", "rj", "send", "sen",
				"makaton", "bursary", "interpreters", "debrief", "de-escalation", "999", "tribunal", "reintegration",
				"champion", "employers", "temporary licence", "reasonable grounds", "first responder",
				"placement stability", "return home interview", "staff network", "recovery model", "self-contained",
				"boxing", "emergency department", "case formulation", "harm reduction", "girls group",
				"lived experience mentor")) {
			assertThat(Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find()).as(word).isFalse();
		}
	}

	private static List<Long> ids(long first, int count) {
		return LongStream.range(first, first + count).boxed().toList();
	}

}
