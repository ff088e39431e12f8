package uk.youthjustice.library.search;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code library.search.*} into Hibernate Search's settings, so that moving the
 * index to OpenSearch is one setting rather than a handful of Hibernate ones. Both
 * backends are on the classpath, so the type is always named. Chooses the implementation
 * of what each engine does its own way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchBackendProperties.class)
class SearchBackendConfiguration {

	static final String PREFIX = "hibernate.search.";

	static final String BACKEND = "library.search.backend";

	@Bean
	HibernatePropertiesCustomizer searchBackendSettings(SearchBackendProperties search) {
		return (settings) -> apply(search, settings);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "lucene", matchIfMissing = true)
	Spelling luceneSpelling(EntityManagerFactory entityManagerFactory) {
		return new LuceneSpelling(entityManagerFactory);
	}

	@Bean
	@ConditionalOnProperty(name = BACKEND, havingValue = "opensearch")
	Spelling openSearchSpelling(OpenSearchIndex index) {
		return new OpenSearchSpelling(index);
	}

	static void apply(SearchBackendProperties search, Map<String, Object> settings) {
		if (!search.isLucene()) {
			settings.put(PREFIX + "backend.type", "elasticsearch");
			settings.put(PREFIX + "backend.uris", String.join(",", search.opensearch().uris()));
			settings.put(PREFIX + "backend.analysis.configurer", "bean:" + OpenSearchAnalysisConfigurer.NAME);
			// A node starting after synonyms were saved, before the rebuild, defines the
			// analysis with the saved ones: validating would refuse to start it, updating
			// makes them the ones indexing uses, as a restart does on Lucene.
			settings.put(PREFIX + "schema_management.strategy", "create-or-update");
			if (search.opensearch().username() != null) {
				settings.put(PREFIX + "backend.username", search.opensearch().username());
				settings.put(PREFIX + "backend.password", search.opensearch().password());
			}
		}
		if (search.coordination() == SearchBackendProperties.Coordination.OUTBOX_POLLING) {
			settings.put(PREFIX + "coordination.strategy", "outbox-polling");
		}
	}

}
