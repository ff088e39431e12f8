package uk.youthjustice.library.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.search.SearchBackendProperties.Backend;
import uk.youthjustice.library.search.SearchBackendProperties.Coordination;
import uk.youthjustice.library.search.SearchBackendProperties.OpenSearch;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBackendConfigurationTests {

	private static final Map<String, Object> FROM_APPLICATION_YML = Map.of("hibernate.search.backend.type", "lucene",
			"hibernate.search.backend.directory.root", "data/index", "hibernate.search.backend.lucene_version",
			"LATEST", "hibernate.search.backend.analysis.configurer", "bean:libraryAnalysisConfigurer");

	@Test
	void theDefaultLeavesTheLuceneSettingsAsTheyAre() {
		Map<String, Object> settings = new HashMap<>(FROM_APPLICATION_YML);

		SearchBackendConfiguration.apply(new SearchBackendProperties(null, null, null), settings);

		assertThat(settings).isEqualTo(FROM_APPLICATION_YML);
	}

	@Test
	void openSearchReplacesTheBackend() {
		Map<String, Object> settings = new HashMap<>(FROM_APPLICATION_YML);

		SearchBackendConfiguration.apply(
				new SearchBackendProperties(Backend.OPENSEARCH,
						new OpenSearch(List.of("https://search-1:9200", "https://search-2:9200"), null, null), null),
				settings);

		assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.uris", "https://search-1:9200,https://search-2:9200")
			.containsEntry("hibernate.search.backend.analysis.configurer", "bean:" + OpenSearchAnalysisConfigurer.NAME)
			.containsEntry("hibernate.search.schema_management.strategy", "create-or-update")
			.doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.coordination.strategy");
	}

	@Test
	void credentialsAndOutboxPollingWhenAskedFor() {
		Map<String, Object> settings = new HashMap<>(FROM_APPLICATION_YML);

		SearchBackendConfiguration.apply(new SearchBackendProperties(Backend.OPENSEARCH,
				new OpenSearch(null, "library", "secret"), Coordination.OUTBOX_POLLING), settings);

		assertThat(settings).containsEntry("hibernate.search.backend.uris", "http://localhost:9200")
			.containsEntry("hibernate.search.backend.username", "library")
			.containsEntry("hibernate.search.backend.password", "secret")
			.containsEntry("hibernate.search.coordination.strategy", "outbox-polling");
	}

}
