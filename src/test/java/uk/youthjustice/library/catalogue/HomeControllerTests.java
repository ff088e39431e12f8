package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.youthjustice.library.catalogue.HomePage.TopicSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Sign-in rules are the accounts module's, tested there and in the browser tests.
@WebMvcTest(HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalogue catalogue;

	@Test
	void showsCountsLatestResourcesInUkDatesAndTopics() throws Exception {
		given(this.catalogue.homePage()).willReturn(new HomePage(
				List.of(new CategorySummary("practice-examples", "Practice examples", null, 1),
						new CategorySummary("custody", "Custody and community", null, 12)),
				List.of(new TopicSummary("resettlement", "Resettlement")),
				List.of(new ResourceSummary("heritage", ResourceKind.PRACTICE_EXAMPLE, "A heritage panel",
						"Reviews care plans.", "Practice examples", Instant.parse("2016-06-24T10:38:00Z"), 10, 17,
						CostKind.HAS_COST, "£50 maximum", "Promising"))));

		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("[aria-labelledby=categories-heading] li").eachText())
			.containsExactly("Practice examples 1 resource", "Custody and community 12 resources");
		assertThat(page.select(".library-resource-list__item h3 a").attr("href")).isEqualTo("/resources/heritage");
		assertThat(page.select(".library-resource-list__item h3").text()).isEqualTo("A heritage panel");
		assertThat(page.select(".library-facts").text())
			.isEqualTo("Type Practice example Published 24 June 2016 Age 10 to 17 Cost £50 maximum Evidence Promising");
		assertThat(page.select(".library-topic-list a").attr("href")).isEqualTo("/topics/resettlement");
		assertThat(page.select(".library-topic-list li").eachText()).containsExactly("Resettlement");
		assertThat(page.select("[aria-labelledby=categories-heading] a").eachAttr("href"))
			.containsExactly("/categories/practice-examples", "/categories/custody");
		assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/search");
		assertThat(page.select("form[role=search]").attr("method")).isEqualTo("get");
		assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
		assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
	}

	@Test
	void saysSoWhenNothingIsPublished() throws Exception {
		given(this.catalogue.homePage()).willReturn(new HomePage(List.of(), List.of(), List.of()));
		String html = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("main").text()).contains("Nothing has been published yet.");
	}

}
