package uk.youthjustice.library.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import form over a mocked {@link LibraryExchange}: what is missing or refused is
 * said on the field with the choices kept, a file over the container's limit comes back
 * to the form, and a run that reached the plan shows its report. (Who may use the page is
 * checked with the real security configuration in ExchangeAdminBrowserIT and
 * RouteAuthorisationIT.)
 */
@WebMvcTest(ExchangeAdminController.class)
class ExchangeAdminControllerTests {

	private static final MockMultipartFile ZIP = new MockMultipartFile("file", "library.zip", "application/zip",
			new byte[] { 'P', 'K', 3, 4 });

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LibraryExchange exchange;

	@Test
	void nothingChosenIsTwoErrorsAndNoImport() throws Exception {
		Document page = page(this.mvc.perform(admin(multipart("/admin/exchange"))).andExpect(status().isOk()));

		assertThat(page.title()).startsWith("Error: Export and import");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Choose an export file",
				"Choose what to do if the library already has content");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file", "#mode");
		verifyNoInteractions(this.exchange);
	}

	@Test
	void anUnreadableFileIsAnErrorOnTheFieldWithTheChoicesKept() throws Exception {
		given(this.exchange.importFrom(any(Path.class), any(), eq("admin@example.org")))
			.willReturn(ExchangeReport.refused(List.of(Problem.of("exchange.problem.unknown-version", "2", 1))));

		Document page = page(this.mvc
			.perform(admin(multipart("/admin/exchange").file(ZIP).param("mode", "merge").param("dryRun", "true")))
			.andExpect(status().isOk()));

		assertThat(page.select("#file-error").text()).isEqualTo(
				"Error: The manifest is in format version 2, but this library reads format version 1. Import it into a library release that reads that version.");
		assertThat(page.select("#mode-1").hasAttr("checked")).isTrue();
		assertThat(page.select("#dryRun").hasAttr("checked")).isTrue();
		verify(this.exchange).importFrom(any(Path.class), eq(new LibraryExchange.ImportOptions(true, true)),
				eq("admin@example.org"));
	}

	@Test
	void aRunThatReachedThePlanShowsItsReport() throws Exception {
		ExchangeReport report = new ExchangeReport(ExchangeReport.Outcome.CHECKED, List.of(),
				List.of(new ExchangeReport.Section("resources", List.of("Rowing at night"), List.of("Old one"), List
					.of(new ExchangeReport.Refusal("Third", Problem.of("exchange.refused.old-address", "third"))))));
		given(this.exchange.importFrom(any(Path.class), any(), any())).willReturn(report);

		ResultActions posted = this.mvc
			.perform(admin(multipart("/admin/exchange").file(ZIP).param("mode", "refuse").param("dryRun", "true")))
			.andExpect(redirectedUrl("/admin/exchange#report"))
			.andExpect(flash().attribute("report", report));

		Document page = page(this.mvc
			.perform(admin(get("/admin/exchange")).flashAttr("report", posted.andReturn().getFlashMap().get("report")))
			.andExpect(status().isOk()));
		assertThat(page.select("#outcome").text())
			.isEqualTo("Checked: nothing was written. Importing this file would do the following.");
		assertThat(page.select("#report-resources").text()).isEqualTo("Resources 1 1 1");
		assertThat(page.select(".library-exchange-refused li").text())
			.isEqualTo("Third: its address ‘third’ is an earlier address of another resource here");
	}

	@Test
	void aFileOverTheContainersLimitGoesBackToTheFormSayingSo() throws Exception {
		given(this.exchange.importFrom(any(Path.class), any(), any()))
			.willThrow(new MaxUploadSizeExceededException(62_914_560));
		ResultActions refused = this.mvc.perform(admin(multipart("/admin/exchange").file(ZIP).param("mode", "refuse")))
			.andExpect(redirectedUrl("/admin/exchange"))
			.andExpect(flash().attributeExists(ExchangeAdminController.TOO_LARGE));

		Document page = page(this.mvc
			.perform(admin(get("/admin/exchange")).flashAttr(ExchangeAdminController.TOO_LARGE,
					refused.andReturn().getFlashMap().get(ExchangeAdminController.TOO_LARGE)))
			.andExpect(status().isOk()));
		assertThat(page.select("#file-error").text())
			.isEqualTo("Error: The file must be smaller than 60 MB: import it with the command instead");
	}

	@Test
	void anExportThatCannotBeMadeIsThePageWithTheReason() throws Exception {
		given(this.exchange.prepareExport())
			.willThrow(new java.io.IOException("The stored bytes abc of an attachment are missing"));

		Document page = page(
				this.mvc.perform(admin(get("/admin/exchange/export"))).andExpect(status().isInternalServerError()));

		assertThat(page.select("#export-failed").text()).isEqualTo(
				"The export could not be made. Nothing was downloaded. The stored bytes abc of an attachment are missing");
		assertThat(page.select("#download-export")).hasSize(1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(user("admin@example.org").roles("ADMIN")).with(csrf());
	}

	private static Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

}
