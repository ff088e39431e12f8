package uk.youthjustice.library.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithLibrary
class SearchIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Attachments attachments;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	SearchAdmission admission;

	@Test
	void findsPublicResourcesOnlyWithTheTitleMatchFirst() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource inTitle = published("search-title", "Quokka mentoring scheme", "Pairs volunteers with children.",
				category);
		published("search-summary", "Volunteer pairing", "Modelled on the quokka mentoring idea.", category);
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, "search-draft", "Quokka draft", category);
		this.catalogue.save(draft);

		Document page = search("quokka");

		assertThat(titles(page)).containsExactly(inTitle.getTitle(), "Volunteer pairing");
		assertThat(page.select(".library-hit h3 mark").eachText()).containsExactly("Quokka");
		// Results lead through the click counter, which only ever redirects to a
		// resource.
		assertThat(page.selectFirst(".library-hit h3 a").attr("href")).startsWith("/search/result?search=")
			.endsWith("&rank=1&to=search-title");
		assertThat(page.select("#results-heading").text()).isEqualTo("2 results for “quokka”");
		assertThat(page.select("#search-q").val()).isEqualTo("quokka");
	}

	@Test
	void findsWordsOnlyInAnAttachedFileAndSaysOnWhichPage() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource resource = published("search-attached", "Panel meeting guide", "How panels run.", category);
		// Eleven long pages before the words: a highlighter that reads only the start of
		// a file's text would miss them.
		String[] pages = new String[13];
		Arrays.fill(pages, "The panel meets every week to agree a plan with each child and family. ".repeat(20));
		pages[11] = "The wombat protocol is agreed locally.";
		attachPdf(resource, "guide.pdf", "Panel protocol", pages);

		Document page = search("wombat protocol");

		Element hit = page.selectFirst(".library-hit");
		assertThat(hit.select("h3").text()).isEqualTo("Panel meeting guide");
		Element foundIn = hit.selectFirst(".library-hit__found-in");
		assertThat(foundIn.text()).startsWith("Found in Panel protocol, page 12:");
		assertThat(foundIn.select("mark").eachText()).contains("wombat", "protocol");
		assertThat(foundIn.selectFirst("a").attr("href")).endsWith("#page=12");
	}

	@Test
	void saysThePageWithMostOfTheWordsAndMarksThemInItsEscapedText() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource resource = published("search-best-page", "Night cover rota", "Who is on call.", category);
		String[] pages = { "Numbat sightings are logged here.", "The numbat <rota> & numbat handbook.",
				"The numbat rota is agreed <weekly> & shared.", "Nothing here." };
		attachPdf(resource, "rota.pdf", "Rota rules", pages);

		Element foundIn = search("numbat rota").selectFirst(".library-hit__found-in");

		// Pages 2 and 3 both have both words; page 2 has more of them.
		assertThat(foundIn.text()).startsWith("Found in Rota rules, page 2:").contains("<rota> & numbat handbook");
		assertThat(foundIn.select("mark").eachText()).containsExactly("numbat", "rota", "numbat");
		assertThat(foundIn.selectFirst("a").attr("href")).endsWith("#page=2");
	}

	@Test
	void whenNoResourceHasEveryWordThoseWithMostOfThemAreShown() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		published("search-relaxed-2", "Kestrel and heron survey", "Counts birds.", category);
		published("search-relaxed-3", "Kestrel, heron and osprey count", "Counts birds.", category);
		published("search-relaxed-1", "Osprey watch", "Counts birds.", category);

		Document page = search("kestrel heron osprey gannet");

		assertThat(page.select(".govuk-inset-text").text()).startsWith("No resource has all of your words");
		// Half of the words at least, and the more of them the higher.
		assertThat(titles(page)).containsExactly("Kestrel, heron and osprey count", "Kestrel and heron survey");
	}

	@Test
	void renamingAContactCardUpdatesTheResourcesThatShowIt() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		ContactCard card = this.contacts.save(new ContactCard("search-quagga", "Quagga Youth Service"));
		Resource resource = published("search-contact", "Panel practice", "Panels.", category);
		resource.getContacts().add(card);
		this.catalogue.save(resource);
		assertThat(titles(search("quagga"))).containsExactly("Panel practice");

		ContactCard renamed = this.contacts.findBySlug("search-quagga").orElseThrow();
		renamed.setOrganisation("Serval Youth Service");
		this.contacts.save(renamed);

		assertThat(titles(search("serval"))).containsExactly("Panel practice");
		assertThat(titles(search("quagga"))).isEmpty();
	}

	@Test
	void phrasesExclusionsAndChoices() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		published("search-phrase-1", "Okapi lines project", "Okapi work on county lines.", category);
		published("search-phrase-2", "Okapi county scheme", "Lines of okapi volunteers.", category);
		published("search-phrase-3", "Narwhal mentoring", "A narwhal programme.", category);

		assertThat(titles(search("okapi \"county lines\""))).containsExactly("Okapi lines project");
		assertThat(titles(search("okapi -volunteers"))).containsExactly("Okapi lines project");
		assertThat(titles(search("okapi OR narwhal"))).hasSize(3);
	}

	@Test
	void filtersWidenWithinAndNarrowAcrossWithCounts() throws Exception {
		Category practice = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource free = published("search-filter-1", "Ibex free scheme", "Ibex.", practice);
		free.setCostKind(CostKind.NONE);
		free.setAgeRange(new AgeRange(10, 14));
		this.catalogue.save(free);
		Resource paid = published("search-filter-2", "Ibex paid scheme", "Ibex.", practice);
		paid.setCostKind(CostKind.HAS_COST);
		paid.setAgeRange(new AgeRange(15, 17));
		this.catalogue.save(paid);

		Document all = search("ibex");
		assertThat(all.select("label[for^=cost-]").eachText()).containsExactly("Free (1)", "Has a cost (1)");
		// Ages are counted by each resource's band of ages (10-14, 15-17) and added up.
		assertThat(all.select("#age option").eachAttr("value")).containsExactly("", "10", "11", "12", "13", "14", "15",
				"16", "17");
		assertThat(all.select("#age option[value=12]").text()).endsWith("(1)");

		Document freeOnly = get("/search?q=ibex&cost=free").body().transform(Jsoup::parse);
		assertThat(titles(freeOnly)).containsExactly("Ibex free scheme");
		// The ticked filter still counts its other choice, so that ticking it widens the
		// search.
		assertThat(freeOnly.select("label[for^=cost-]").eachText()).containsExactly("Free (1)", "Has a cost (1)");
		assertThat(titles(get("/search?q=ibex&cost=free&cost=has-cost").body().transform(Jsoup::parse))).hasSize(2);
		assertThat(titles(get("/search?q=ibex&cost=has-cost&age=12").body().transform(Jsoup::parse))).isEmpty();
		assertThat(titles(get("/search?q=ibex&age=16").body().transform(Jsoup::parse)))
			.containsExactly("Ibex paid scheme");

		Element tag = freeOnly.selectFirst(".library-filter-tag");
		assertThat(tag.text()).contains("Cost: Free");
		assertThat(tag.attr("href")).isEqualTo("/search?q=ibex");
	}

	@Test
	void theDocumentsFilterCountsAndFindsOnlyResourcesWithAttachedDocuments() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource withFile = published("search-docs-1", "Gecko panel with a policy", "Gecko.", category);
		published("search-docs-2", "Gecko panel without one", "Gecko.", category);
		attachPdf(withFile, "gecko.pdf", "Gecko policy", "The panel's terms.");

		Document all = search("gecko");
		Document documentsOnly = get("/search?q=gecko&documents=yes").body().transform(Jsoup::parse);

		assertThat(titles(all)).hasSize(2);
		assertThat(all.select("label[for^=documents-]").eachText()).containsExactly("Has attached documents (1)");
		assertThat(titles(documentsOnly)).containsExactly("Gecko panel with a policy");
	}

	/** One slip, and two slips when no word is one away. */
	@ParameterizedTest
	@CsvSource({ "search-spelling, Resettlement broker, resetlement broker",
			"search-spelling-two, Reintegration coordinator, reintegrashon coordinator" })
	void aMisspeltSearchShowsTheResultsOfTheCloseSpelling(String slug, String title, String misspelt) throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		published(slug, title, "Housing on release.", category);

		Document page = search(misspelt);

		assertThat(titles(page)).contains(title);
		assertThat(page.select(".library-suggestion").text()).contains(title.toLowerCase(Locale.ROOT));
	}

	/**
	 * A search that found a little is offered one slip, never two: one edit from a title
	 * word is a likely slip, two are a guess about a word the index does hold.
	 */
	@ParameterizedTest
	@CsvSource({ "search-slip-one, Resettlement broker, resetlement, true",
			"search-slip-two, Reintegration coordinator, reintegrashon, false" })
	void aSearchThatFindsALittleIsOfferedOnlyASpellingOneSlipAway(String slug, String title, String typed,
			boolean offered) throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		published(slug, title, "Housing on release.", category);
		published(slug + "-network", title + " network", "Housing on release.", category);
		Resource typedIn = published(slug + "-typed", "Dugong notes", null, category);
		typedIn.setDescription("The notes spell it " + typed + ".");
		this.catalogue.save(typedIn);

		Document page = search(typed);

		assertThat(titles(page)).containsExactly("Dugong notes");
		assertThat(page.select(".library-suggestion").isEmpty()).isEqualTo(!offered);
		if (offered) {
			assertThat(page.select(".library-suggestion").text()).contains("resettlement");
		}
	}

	@Test
	void aResourceIsFoundFromTheMomentItsPublicationTimeComes() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource justNow = new Resource(ResourceKind.PRACTICE_EXAMPLE, "search-just-now", "Axolotl circle", category);
		justNow.publish(Instant.now());
		this.catalogue.save(justNow);
		Resource tomorrow = new Resource(ResourceKind.PRACTICE_EXAMPLE, "search-tomorrow", "Axolotl forum", category);
		tomorrow.publish(Instant.now().plus(Duration.ofDays(1)));
		this.catalogue.save(tomorrow);

		// Published within this minute: found by the search's second date range, the
		// first
		// (up to the start of the minute) being the one Lucene's query cache keeps.
		assertThat(titles(search("axolotl"))).containsExactly("Axolotl circle");
	}

	@Test
	void draftsAreNeverFoundNorSuggested() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, "search-secret", "Zyzzyva secret plan", category);
		this.catalogue.save(draft);

		Document exact = search("zyzzyva");
		Document close = search("zyzzyvas");

		assertThat(titles(exact)).isEmpty();
		assertThat(titles(close)).isEmpty();
		assertThat(exact.select(".library-suggestion")).isEmpty();
		assertThat(close.select(".library-suggestion")).isEmpty();
	}

	@Test
	void oddInputIsReadAsWordsNeverAnError() throws Exception {
		for (String terms : List.of("\"unbalanced", "*:*", "title:(a OR", "-", "AND OR NOT", "x".repeat(5_000),
				"<script>alert('x')</script>", "((((", "word ".repeat(2_000), "the and of", "?!.,;:-\"'()",
				"\uD83D\uDE00 \uD83D\uDC4D", "Cymraeg \u0175\u0177 ysgol", "null\u0000byte", "OR", "-\"\"", "\"\"")) {
			HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(terms, StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(terms).isEqualTo(200);
			assertThat(response.body()).as(terms).doesNotContain("<script>alert");
		}
		for (String page : List.of("-1", "999999", "abc", "9".repeat(5_000))) {
			assertThat(get("/search?q=resettlement&page=" + page).statusCode()).as(page).isEqualTo(200);
		}
		for (String filter : List.of("topic=no-such-topic", "category=%00", "age=-5", "age=999999999999", "year=abc",
				"cost=gratis", "documents=maybe", "sort=random", "type=")) {
			assertThat(get("/search?q=resettlement&" + filter).statusCode()).as(filter).isEqualTo(200);
		}
		String many = "topic=x&".repeat(100) + "publisher=" + "p".repeat(300) + "&" + "year=2020&".repeat(100);
		assertThat(get("/search?q=resettlement&" + many).statusCode()).isEqualTo(200);
	}

	@Test
	void noWordsBrowsesEveryPublicResourceNewestFirst() throws Exception {
		Document page = search("");

		assertThat(page.select("#search-q")).hasSize(1);
		assertThat(page.select("#results-heading").text()).matches("\\d+ resources");
		assertThat(page.select(".library-hit")).hasSize(20);
		assertThat(page.select(".library-facet")).isNotEmpty();
	}

	private Resource published(String slug, String title, String summary, Category category) {
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, slug, title, category);
		resource.setSummary(summary);
		resource.publish(Instant.parse("2024-01-10T10:00:00Z"));
		return this.catalogue.save(resource);
	}

	/** Attaches a PDF of the pages to the resource and reads its text into the index. */
	private void attachPdf(Resource resource, String fileName, String title, String... pages) throws IOException {
		StoredFile file = this.attachments.receive(fileName, new ByteArrayInputStream(TestFiles.pdf(pages)));
		this.attachments.attach(resource.getId(), file, title, false);
		this.extraction.runUntilIdle();
	}

	private static List<String> titles(Document page) {
		return page.select(".library-hit h3").eachText();
	}

	@Test
	void aSearchWaitsItsTurnWhileAsManySearchesAsAllowedRun() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService searchers = Executors.newCachedThreadPool();
		try {
			for (int i = 0; i < this.admission.concurrency(); i++) {
				searchers.submit(() -> this.admission.inTurn(() -> awaitQuietly(finish)));
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> this.admission.turnsFree() == 0);
			Future<HttpResponse<String>> waiting = searchers.submit(() -> get("/search?q=serval"));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.admission.waiting() == 1);
			assertThat(waiting).isNotDone();

			finish.countDown();

			assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		finally {
			finish.countDown();
			searchers.shutdownNow();
		}
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Document search(String terms) throws Exception {
		HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(terms, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) {
		return LocalHttp.getPage(this.port, path);
	}

}
