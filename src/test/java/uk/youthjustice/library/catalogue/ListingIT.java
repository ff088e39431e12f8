package uk.youthjustice.library.catalogue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/** Category and topic pages over HTTP, on the {@link ListingFixture} category. */
@WithLibrary
class ListingIT {

	static final String CATEGORY = ListingFixture.CATEGORY;

	static final String TOPIC = ListingFixture.TOPIC;

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createCategoryOnce() {
		ListingFixture.ensure(this.catalogue);
	}

	@Test
	void listsOnlyPublicResourcesTwentyAPageNewestFirst() throws Exception {
		Document first = page("/categories/" + CATEGORY);

		assertThat(first.select("h1").text()).isEqualTo("Listing test category");
		assertThat(first.select("[role=status]").text()).isEqualTo("45 resources Page 1 of 3");
		assertThat(titles(first)).hasSize(20).first().isEqualTo("Listed resource 45");
		List<String> all = new ArrayList<>();
		for (int number = 1; number <= 3; number++) {
			all.addAll(titles(page("/categories/" + CATEGORY + "?page=" + number)));
		}
		assertThat(all).hasSize(45).doesNotHaveDuplicates().noneMatch((title) -> title.startsWith("Hidden"));
		assertThat(first.select("title").text()).isEqualTo("Listing test category – Youth Justice Practice Library");
		assertThat(first.select("link[rel=canonical]").attr("href")).endsWith("/categories/" + CATEGORY);
		assertThat(first.select("link[type=application/atom+xml]").eachAttr("href"))
			.contains("/feeds/categories/" + CATEGORY + ".atom");
	}

	@Test
	void filtersCombineAndShowAsRemovableTags() throws Exception {
		assertThat(count(page("/categories/" + CATEGORY + "?type=guidance"))).isEqualTo("15 resources");
		assertThat(count(page("/categories/" + CATEGORY + "?age=12&cost=free"))).isEqualTo("30 resources");
		assertThat(count(page("/categories/" + CATEGORY + "?age=18"))).isEqualTo("No resources");
		assertThat(count(page("/categories/" + CATEGORY + "?cost=has-cost&topic=" + TOPIC))).isEqualTo("5 resources");

		Document filtered = page("/categories/" + CATEGORY + "?type=practice-example&cost=free");
		assertThat(filtered.select(".library-filter-tag").eachText())
			.containsExactly("Remove filter Type: Practice example ×", "Remove filter Cost: Free ×");
		String removeType = filtered.select(".library-filter-tag").first().attr("href");
		assertThat(removeType).isEqualTo("/categories/" + CATEGORY + "?cost=free");
		assertThat(filtered.select("input[name=type][value=practice-example]").hasAttr("checked")).isTrue();
	}

	@Test
	void sortsByTitleAndOldest() throws Exception {
		assertThat(titles(page("/categories/" + CATEGORY + "?sort=oldest"))).first().isEqualTo("Listed resource 01");
		List<String> byTitle = titles(page("/categories/" + CATEGORY + "?sort=title"));
		assertThat(byTitle).isSorted().first().isEqualTo("Listed resource 01");
	}

	@Test
	void topicPageListsTheTopicsPublicResources() throws Exception {
		Document topic = page("/topics/" + TOPIC);

		assertThat(topic.select(".govuk-caption-l").text()).isEqualTo("Topic");
		assertThat(count(topic)).isEqualTo("15 resources");
		assertThat(titles(topic)).noneMatch((title) -> title.startsWith("Hidden"));
	}

	@Test
	void pageNumbersOutOfRangeAreClamped() throws Exception {
		assertThat(page("/categories/" + CATEGORY + "?page=-1").select("[role=status]").text()).endsWith("Page 1 of 3");
		Document beyond = page("/categories/" + CATEGORY + "?page=999999&size=100000");
		assertThat(beyond.select("[role=status]").text()).endsWith("Page 3 of 3");
		assertThat(titles(beyond)).hasSize(5);
		assertThat(beyond.select("link[rel=canonical]").attr("href")).endsWith("?page=3");
	}

	@Test
	void anAgeThatIsNotANumberIsExplainedAndIgnored() throws Exception {
		Document page = page("/categories/" + CATEGORY + "?age=abc");

		assertThat(page.select("#age-error").text()).isEqualTo("Error: Enter an age as a whole number from 0 to 30");
		assertThat(page.select("#age").attr("aria-describedby")).isEqualTo("age-hint age-error");
		assertThat(count(page)).isEqualTo("45 resources");
	}

	@Test
	void hostileParametersGiveAnOrdinaryPageAndAreNeverEchoedAsMarkup() throws Exception {
		String script = "<script>alert('x')</script>";
		String hostile = URLEncoder.encode(script, StandardCharsets.UTF_8);
		String huge = "y".repeat(5_000);
		for (String name : List.of("type", "topic", "age", "cost", "evidence", "sort", "page", "size")) {
			for (String value : List.of(hostile, huge)) {
				HttpResponse<String> response = get("/categories/" + CATEGORY + "?" + name + "=" + value);
				assertThat(response.statusCode()).as(name).isEqualTo(200);
				assertThat(response.body()).as(name).doesNotContain(script);
			}
		}
	}

	@Test
	void unknownCategoryOrTopicIsNotFound() throws Exception {
		assertThat(get("/categories/no-such-category").statusCode()).isEqualTo(404);
		assertThat(get("/topics/no-such-topic").statusCode()).isEqualTo(404);
		assertThat(get("/categories/" + "z".repeat(5_000)).statusCode()).isEqualTo(404);
	}

	@Test
	void aPageCostsTheSameStatementsHoweverManyRowsItShows() throws Exception {
		long full = statements("/categories/" + CATEGORY + "?page=1");
		long partial = statements("/categories/" + CATEGORY + "?page=3");
		long filtered = statements("/categories/" + CATEGORY + "?type=practice-example&topic=" + TOPIC + "&page=2");

		assertThat(full).isPositive().isEqualTo(partial).isEqualTo(filtered);
		assertThat(statements("/")).isPositive().isLessThanOrEqualTo(4);
	}

	private long statements(String path) throws Exception {
		return StatementCount.fewest(this.entityManagerFactory,
				() -> assertThat(get(path).statusCode()).isEqualTo(200));
	}

	private static String count(Document page) {
		return page.select("[role=status] strong").text();
	}

	private static List<String> titles(Document page) {
		return page.select(".library-resource-list__item h3").eachText();
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) {
		return LocalHttp.getPage(this.port, path);
	}

}
