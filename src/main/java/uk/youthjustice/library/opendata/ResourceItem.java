package uk.youthjustice.library.opendata;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A public resource in a list.
 *
 * @param slug its address, the key of {@code /api/v1/resources/{slug}}
 * @param type {@code practice-example} or {@code guidance}
 * @param title the title
 * @param summary one or two sentences, or {@code null}
 * @param category the category it is published in
 * @param topics its topics
 * @param evidence its evidence label, or {@code null}
 * @param ages the ages it suits
 * @param cost whether it costs money
 * @param publishedAt when it was first published
 * @param updatedAt when it last changed in public: its latest change note, else its
 * publication
 * @param links where to find it
 */
record ResourceItem(String slug, @Schema(allowableValues = {
		"practice-example", "guidance" }) String type, String title, String summary, Term category, List<Term> topics,
		Term evidence, Ages ages, Cost cost, Instant publishedAt, Instant updatedAt, ResourceLinks links){

	/**
	 * A category, topic or evidence label that something is filed under.
	 *
	 * @param slug its slug, as filters take it
	 * @param name its name
	 */
	record Term(String slug, String name) {
	}

	/**
	 * The ages a resource suits; both {@code null} when age does not apply.
	 *
	 * @param minimum the youngest, or {@code null} for no lower limit
	 * @param maximum the oldest, or {@code null} for no upper limit
	 */
	record Ages(Integer minimum, Integer maximum) {
	}

	/**
	 * What a resource costs.
	 *
	 * @param kind {@code free}, {@code has-cost} or {@code not-stated}
	 * @param text what it costs in the editor’s words, or {@code null}
	 */
	record Cost(@Schema(allowableValues = {
			"free", "has-cost", "not-stated" }) String kind, String text){
	}

	/**
	 * Where to find something.
	 *
	 * @param self its address in this API
	 * @param html its page for people
	 */
	record ResourceLinks(String self, String html) {
	}

}
