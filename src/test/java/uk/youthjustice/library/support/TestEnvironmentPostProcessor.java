package uk.youthjustice.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * For every application context under the "test" profile: a fresh data directory (so each
 * context has its own search index and files) and, without Docker, this run's database on
 * the PostgreSQL server from the environment. Runs before the data directory check.
 */
public class TestEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("test"))) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		try {
			properties.put("library.data-dir", Files.createTempDirectory("library-test-").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!TestDatabase.isDockerAvailable()) {
			properties.put("spring.datasource.url", TestDatabase.runDatabaseUrl());
			properties.put("spring.datasource.username", TestDatabase.user());
			properties.put("spring.datasource.password", TestDatabase.password());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("libraryTestEnvironment", properties));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
