package uk.youthjustice.library.system;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LibraryProperties.class, OperationsProperties.class })
@EnableJpaAuditing
class SystemConfiguration {

	/** One clock for the whole library, so tests can fix the time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Who is changing an entity marked with {@code @CreatedBy} or
	 * {@code @LastModifiedBy}: the signed-in person's email address, or nobody for the
	 * demo loader and the scheduler.
	 */
	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated)
			.filter((authentication) -> !(authentication instanceof AnonymousAuthenticationToken))
			.map(Authentication::getName);
	}

}
