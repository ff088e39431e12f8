package uk.youthjustice.library.search.index;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchIndexProperties.class)
class SearchIndexConfiguration {

	/** Where Hibernate Search keeps its Lucene indexes, one directory each. */
	static final String ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

	/**
	 * The index directory, checked (and moved aside when it cannot be read) before
	 * Hibernate Search opens it.
	 */
	@Bean
	IndexDirectory indexDirectory(Environment environment, Clock clock) {
		return IndexDirectory.check(Path.of(environment.getRequiredProperty(ROOT)), clock);
	}

	/**
	 * Hibernate Search starts with the entity manager factory: the check must come first.
	 */
	@Bean
	static EntityManagerFactoryDependsOnPostProcessor indexDirectoryCheckedFirst() {
		return new EntityManagerFactoryDependsOnPostProcessor("indexDirectory");
	}

}
