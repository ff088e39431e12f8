package uk.youthjustice.library.publishing;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** A fixed clock and the admin area's access rule, for {@link PublishingWebSlice}. */
@TestConfiguration
class PublishingWebFixtures {

	@Bean
	Clock clock() {
		return Clock.fixed(PublishingWebSlice.NOW, ZoneOffset.UTC);
	}

	// The rule accounts.SecurityConfiguration has for the admin area; CSRF is on.
	@Bean
	SecurityFilterChain adminArea(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
				.hasAnyRole("EDITOR", "ADMIN")
				.anyRequest()
				.permitAll())
			.build();
	}

}
