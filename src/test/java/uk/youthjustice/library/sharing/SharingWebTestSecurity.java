package uk.youthjustice.library.sharing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The rules of accounts.SecurityConfiguration that these controllers rely on, for web
 * slice tests (that class is internal to the accounts module): /admin/** needs an editor,
 * everything else is public, and CSRF protection is on. SharingIT checks the real chain.
 */
@TestConfiguration(proxyBeanMethods = false)
class SharingWebTestSecurity {

	@Bean
	SecurityFilterChain sharingTestChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasAnyRole("EDITOR", "ADMIN")
			.anyRequest()
			.permitAll()).formLogin((login) -> login.permitAll());
		return http.build();
	}

}
