package uk.youthjustice.library.search.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The result links of the search page: a click is counted when it makes sense, and the
 * reader always lands on a resource's page or the search page of this site, whatever the
 * link says.
 */
@WebMvcTest(SearchResultController.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchResultControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchAnalytics analytics;

	@Test
	void aResultLinkCountsTheClickAndSeesTheReaderOnToTheResource() throws Exception {
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", "3").param("to", "county-lines-1"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/resources/county-lines-1"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Robots-Tag", "noindex"));
		verify(this.analytics).recordClick(12L, "county-lines-1", 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "", "-1", "1.5", "0x10", "99999999999999999999", "12 OR 1=1", "\u0000" })
	void aJunkSearchIdStillLeadsToTheResourceWithoutCounting(String search) throws Exception {
		this.mvc.perform(get("/search/result").param("search", search).param("rank", "1").param("to", "a-resource"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/resources/a-resource"));
		verify(this.analytics, never()).recordClick(any(), any(), anyInt());
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "", "-2", "3.0", "1e3", "100001", "99999999999999999999" })
	void aJunkRankStillLeadsToTheResourceWithoutCounting(String rank) throws Exception {
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", rank).param("to", "a-resource"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/resources/a-resource"));
		verify(this.analytics, never()).recordClick(any(), any(), anyInt());
	}

	@Test
	void missingParametersStillLeadSomewhereSensible() throws Exception {
		this.mvc.perform(get("/search/result").param("to", "a-resource"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/resources/a-resource"));
		this.mvc.perform(get("/search/result"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/search"));
		verify(this.analytics, never()).recordClick(any(), any(), anyInt());
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example", "http:evil.example", "../admin", "..",
			"/\\evil.example", "\\\\evil.example", "%2F%2Fevil.example", "javascript:alert(1)", "Evil-Capitals", "",
			" a-resource", "a/b", "a-resource#x", "a-resource?x=1", "a-resource\r\nSet-Cookie: x=1", "résumé",
			"a-resource\u0000" })
	void anythingButAResourceAddressLeadsToTheSearchPageAndIsNotCounted(String to) throws Exception {
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", "1").param("to", to))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/search"));
		verify(this.analytics, never()).recordClick(any(), any(), anyInt());
	}

	@Test
	void anAddressTooLongForAResourceOrSentTwiceLeadsToTheSearchPage() throws Exception {
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", "1").param("to", "a".repeat(201)))
			.andExpect(header().string("Location", "/search"));
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", "1").param("to", "a", "b"))
			.andExpect(header().string("Location", "/search"));
		this.mvc.perform(get("/search/result").param("search", "12").param("rank", "1").param("to", "a".repeat(200)))
			.andExpect(header().string("Location", "/resources/" + "a".repeat(200)));
	}

}
