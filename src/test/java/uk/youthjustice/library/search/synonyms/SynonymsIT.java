package uk.youthjustice.library.search.synonyms;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.search.index.SearchIndex;
import uk.youthjustice.library.search.index.SearchIndexTesting;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Saved synonyms are checked, kept with who saved them, and reach search only once they
 * are applied and the index is rebuilt. Each test leaves the synonyms as it found them.
 */
@WithLibrary
class SynonymsIT {

	private static final String EDITOR = "synonyms-editor@example.org";

	@LocalServerPort
	int port;

	@Autowired
	Synonyms synonyms;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SearchIndex index;

	private SavedSynonyms before;

	private boolean reindexAfter;

	@BeforeEach
	void remember() {
		this.before = this.synonyms.saved();
	}

	@AfterEach
	void putBack() throws Exception {
		if (this.synonyms.saved().version() != this.before.version()) {
			this.synonyms.save(this.before.body(), EDITOR);
		}
		this.synonyms.apply();
		if (this.reindexAfter) {
			SearchIndexTesting.rebuild(this.index);
		}
	}

	@Test
	void savedSynonymsAreKeptWithWhoAndWhenAndWaitToBeApplied() {
		assertThat(this.synonyms.pendingChanges()).isFalse();
		String body = this.before.body() + "\nzorbing, bubble football\n";

		SavedSynonyms saved = this.synonyms.save(body, EDITOR);

		assertThat(saved.body()).isEqualTo(body);
		assertThat(saved.version()).isEqualTo(this.before.version() + 1);
		assertThat(saved.updatedBy()).isEqualTo(EDITOR);
		assertThat(saved.updatedAt()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
		assertThat(saved.isStandard()).isFalse();
		assertThat(this.synonyms.saved()).isEqualTo(saved);
		assertThat(this.synonyms.pendingChanges()).isTrue();

		this.synonyms.apply();

		assertThat(this.synonyms.pendingChanges()).isFalse();
	}

	@Test
	void badSynonymsAreRefusedNamingTheirLinesAndNothingIsSaved() {
		assertThatExceptionOfType(SynonymsRejected.class)
			.isThrownBy(() -> this.synonyms.save("yot, youth offending team\nzorbing\nnul\u0000, byte", EDITOR))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(SynonymProblem::line).containsExactly(2, 3));

		assertThat(this.synonyms.saved()).isEqualTo(this.before);
		assertThat(this.synonyms.pendingChanges()).isFalse();
	}

	@Test
	void theStandardSynonymsAreTheSeedFile() {
		assertThat(this.synonyms.standard()).isEqualTo(EnglishAnalysisTests.standardSynonyms())
			.contains("yot, yots, yos, yjs, youth offending team");
	}

	@Test
	void aNewGroupReachesSearchOnlyAfterItIsAppliedAndTheIndexRebuilt() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String league = published("bubble-league-" + unique, "Saturday league " + unique,
				"Teams play bubble football on Saturday mornings.");
		assertThat(found("zorbing")).doesNotContain(league);

		this.reindexAfter = true;
		this.synonyms.save(this.before.body() + "\nzorbing, bubble football\n", EDITOR);
		String savedSince = published("bubble-club-" + unique, "After-school club " + unique,
				"A bubble football club after school.");

		assertThat(found("zorbing")).as("saved, not applied").doesNotContain(league, savedSince);
		assertThat(found("bubble football")).contains(league, savedSince);

		this.synonyms.apply();

		assertThat(found("zorbing")).as("applied, not rebuilt").doesNotContain(league, savedSince);

		SearchIndexTesting.rebuild(this.index);

		assertThat(found("zorbing")).contains(league, savedSince);
		assertThat(found("bubble football")).contains(league, savedSince);
	}

	@Test
	void aQuotedSynonymFindsItsGroupAndNotWordsThatOnlyFlankAStopWord() {
		assertThat(this.index.builtWithAppliedSynonyms()).isTrue();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String lookedAfter = published("placement-mentors-" + unique, "Placement mentors " + unique,
				"Mentors for looked after children moving placement.");
		String inCare = published("care-leavers-" + unique, "Care council " + unique,
				"A council run by children in care.");
		String socialCare = published("duty-desk-" + unique, "Duty desk " + unique,
				"Referrals from the police to children's social care.");

		// Searched as a phrase, with the place of "in" kept for any word, it also found
		// the social care desk.
		assertThat(found("\"children in care\" " + unique)).containsExactlyInAnyOrder(lookedAfter, inCare)
			.doesNotContain(socialCare);
	}

	@Test
	void savedAndAppliedWithoutARebuildAQuotedGroupIsSearchedAsThePhraseUntilTheRebuild() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String league = published("bubble-league-" + unique, "Saturday league " + unique,
				"Teams play bubble football on Saturday mornings.");
		this.reindexAfter = true;
		this.synonyms.save(this.before.body() + "\nzorbing, bubble football\n", EDITOR);

		// As when the library restarts: the saved synonyms apply to new documents only.
		this.synonyms.apply();

		assertThat(this.index.builtWithAppliedSynonyms()).isFalse();
		// The phrase alone: with another word, a search that finds nothing shows what
		// has some of the words.
		assertThat(found("\"bubble football\"")).contains(league);

		SearchIndexTesting.rebuild(this.index);

		assertThat(this.index.builtWithAppliedSynonyms()).isTrue();
		assertThat(found("\"bubble football\"")).contains(league);
		assertThat(found("zorbing " + unique)).containsExactly(league);
	}

	private String published(String slug, String title, String summary) {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, slug, title,
				this.catalogue.findCategory("practice-examples").orElseThrow());
		resource.setSummary(summary);
		resource.publish(Instant.parse("2024-01-10T10:00:00Z"));
		this.catalogue.save(resource);
		return "/resources/" + slug;
	}

	/** The resource pages the search page links to for these words. */
	private java.util.List<String> found(String words) {
		HttpResponse<String> response = LocalHttp.getPage(this.port,
				"/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		// Result links go through the click counter, which names the resource in "to".
		return page.select(".library-hit h3 a")
			.eachAttr("href")
			.stream()
			.map((href) -> "/resources/" + href.replaceFirst(".*[?&]to=", ""))
			.toList();
	}

	private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
		return org.assertj.core.api.Assertions.within(duration.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
	}

}
