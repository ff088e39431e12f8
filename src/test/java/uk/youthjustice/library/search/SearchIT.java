package uk.youthjustice.library.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

@WithLibrary
class SearchIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Test
	void findsPublicResourcesOnlyWithTheTitleMatchFirst() throws Exception {
		Category category = this.catalogue.findCategory("practice-examples").orElseThrow();
		Resource inTitle = published("search-title", "Quokka mentoring scheme", "Pairs volunteers with children.",
				category);
		published("search-summary", "Volunteer pairing", "Modelled on the quokka mentoring idea.", category);
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, "search-draft", "Quokka draft", category);
		this.catalogue.save(draft);

		Document page = search("quokka");

		assertThat(page.select(".library-resource-list__item h3").eachText()).containsExactly(inTitle.getTitle(),
				"Volunteer pairing");
		assertThat(page.select("#results-heading").text()).isEqualTo("2 results for “quokka”");
		assertThat(page.select("#search-q").val()).isEqualTo("quokka");
	}

	@Test
	void oddInputIsReadAsWordsNeverAnError() throws Exception {
		for (String terms : List.of("\"unbalanced", "*:*", "title:(a OR", "-", "AND OR NOT", "x".repeat(5_000),
				"<script>alert('x')</script>", "((((")) {
			HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(terms, StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(terms).isEqualTo(200);
			assertThat(response.body()).as(terms).doesNotContain("<script>alert");
		}
		for (String page : List.of("-1", "999999", "abc", "9".repeat(5_000))) {
			assertThat(get("/search?q=resettlement&page=" + page).statusCode()).as(page).isEqualTo(200);
		}
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

	private Document search(String terms) throws Exception {
		HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(terms, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) {
		return LocalHttp.getPage(this.port, path);
	}

}
