package uk.youthjustice.library.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the API answers when something breaks inside: a problem document, no details. */
class OpenDataProblemsTests {

	private final OpenDataApi api = mock(OpenDataApi.class);

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OpenDataController(this.api))
		.setControllerAdvice(new OpenDataProblems())
		.build();

	@Test
	void anUnexpectedFailureIsAProblemDocumentWithoutItsCause() throws Exception {
		given(this.api.resources(any())).willThrow(new IllegalStateException("secret table name"));

		this.mvc.perform(get("/api/v1/resources").accept("text/html"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.title").value("Internal server error"))
			.andExpect(content().string(not(containsString("secret"))));
	}

}
