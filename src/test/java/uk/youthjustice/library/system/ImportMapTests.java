package uk.youthjustice.library.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImportMapTests {

	@Test
	void mapsEachModuleToItsFingerprintedAddress() {
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("govuk-frontend", "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min-0a1b.js");
		urls.put("library/reveal", "/assets/js/reveal-9f8e.js");
		assertThat(ImportMap.json(urls)).isEqualTo("{\"imports\":{\"govuk-frontend\":\"/webjars/govuk-frontend/5.14.0/"
				+ "dist/govuk/govuk-frontend.min-0a1b.js\",\"library/reveal\":\"/assets/js/reveal-9f8e.js\"}}");
	}

	@Test
	void namesEveryModuleLibraryJsImports() {
		assertThat(ImportMap.MODULES).containsKeys("govuk-frontend", "library/add-another", "library/markdown-preview",
				"library/reveal", "library/upload-progress");
	}

	@Test
	void refusesAnAddressThatWouldNeedEscaping() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ImportMap.json(Map.of("x", "/x\"</script><script>alert(1)//")));
	}

	@Test
	void theHashIsTheCspSourceOfTheExactText() {
		// printf '{"imports":{}}' | openssl dgst -sha256 -binary | base64
		assertThat(ImportMap.sha256("{\"imports\":{}}"))
			.isEqualTo("'sha256-" + "URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw=" + "'");
	}

}
