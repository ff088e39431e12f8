package uk.youthjustice.library.search;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code library.search.*} into Hibernate Search's settings, so that moving the
 * index to OpenSearch is one setting rather than a handful of Hibernate ones. Both
 * backends are on the classpath, so the type is always named.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchBackendProperties.class)
class SearchBackendConfiguration {

	static final String PREFIX = "hibernate.search.";

	@Bean
	HibernatePropertiesCustomizer searchBackendSettings(SearchBackendProperties search) {
		return (settings) -> apply(search, settings);
	}

	static void apply(SearchBackendProperties search, Map<String, Object> settings) {
		if (!search.isLucene()) {
			settings.put(PREFIX + "backend.type", "elasticsearch");
			settings.put(PREFIX + "backend.uris", String.join(",", search.opensearch().uris()));
			settings.put(PREFIX + "backend.analysis.configurer", "bean:" + OpenSearchAnalysisConfigurer.NAME);
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
