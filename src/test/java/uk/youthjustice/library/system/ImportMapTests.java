package uk.youthjustice.library.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImportMapTests {

	@Test
	void mapsGovukFrontendToItsFingerprintedAddress() {
		assertThat(ImportMap.json("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min-0a1b.js"))
			.isEqualTo("{\"imports\":{\"govuk-frontend\":\"/webjars/govuk-frontend/5.14.0/dist/govuk/"
					+ "govuk-frontend.min-0a1b.js\"}}");
	}

	@Test
	void refusesAnAddressThatWouldNeedEscaping() {
		assertThatIllegalStateException().isThrownBy(() -> ImportMap.json("/x\"</script><script>alert(1)//"));
	}

	@Test
	void theHashIsTheCspSourceOfTheExactText() {
		// printf '{"imports":{}}' | openssl dgst -sha256 -binary | base64
		assertThat(ImportMap.sha256("{\"imports\":{}}"))
			.isEqualTo("'sha256-" + "URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw=" + "'");
	}

}
