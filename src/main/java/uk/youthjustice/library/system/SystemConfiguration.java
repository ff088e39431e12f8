package uk.youthjustice.library.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LibraryProperties.class)
class SystemConfiguration {

	/** One clock for the whole library, so tests can fix the time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
