package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticAttachment;
import uk.youthjustice.library.benchmark.SyntheticCorpus.SyntheticResource;

/**
 * The resources planted for the relevance set beside the demo content: practice examples
 * and guidance written for particular queries (an abbreviation on one side and its full
 * form on the other, words only in an attached file), read from
 * {@code benchmark/relevance-needles.json}.
 */
final class RelevanceNeedles {

	static final String RESOURCE = "/benchmark/relevance-needles.json";

	private RelevanceNeedles() {
	}

	static List<Needle> load() {
		try (InputStream in = RelevanceNeedles.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test class path");
			}
			return List.of(JsonMapper.builder().findAndAddModules().build().readValue(in, Needle[].class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The needles as rows for {@link CorpusLoader}, with ids from {@code firstId}.
	 * @param categories category ids by slug
	 * @param topics topic ids by slug
	 */
	static List<SyntheticResource> rows(List<Needle> needles, long firstId, Map<String, Long> categories,
			Map<String, Long> topics) {
		List<SyntheticResource> rows = new ArrayList<>();
		long id = firstId;
		for (Needle needle : needles) {
			rows.add(needle.row(id++, categories, topics));
		}
		return rows;
	}

	/** One planted resource, as written in the file. */
	record Needle(String slug, String kind, String title, String summary, String description, String category,
			List<String> topics, Integer ageMin, Integer ageMax, String costKind, String costText, List<String> aims,
			List<String> steps, String publisher, List<String> audience, Instant publishedAt, Document attachment) {

		SyntheticResource row(long id, Map<String, Long> categories, Map<String, Long> topicIds) {
			List<Long> topicRows = this.topics.stream().map((slug) -> known(topicIds, slug, "topic")).toList();
			SyntheticAttachment file = (this.attachment == null) ? null : new SyntheticAttachment(id,
					this.attachment.title(), this.attachment.pages().size(), 0, this.attachment.pages());
			return new SyntheticResource(id, this.kind, this.slug, this.title, this.summary, this.description,
					"PUBLISHED", null, this.publishedAt, null, this.publishedAt.minusSeconds(86_400),
					known(categories, this.category, "category"), null, this.ageMin, this.ageMax, "NOT_APPLICABLE",
					this.costKind, this.costText, null, this.publisher, null, null, null, topicRows, List.of(),
					orEmpty(this.aims), orEmpty(this.steps), orEmpty(this.audience), List.of(), file);
		}

		private static Long known(Map<String, Long> ids, String slug, String what) {
			Long id = ids.get(slug);
			if (id == null) {
				throw new IllegalStateException("Needle names an unknown " + what + ": " + slug);
			}
			return id;
		}

		private static List<String> orEmpty(List<String> texts) {
			return (texts != null) ? texts : List.of();
		}

	}

	/** An attached file's text, a page an entry. */
	record Document(String title, List<String> pages) {
	}

}
