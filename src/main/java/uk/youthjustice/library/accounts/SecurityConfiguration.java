package uk.youthjustice.library.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Who may see what: the library is public, the admin area and operations are not. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers("/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			// Anonymous feedback is not an action on anyone's behalf, so a forged post
			// gains
			// nothing, and the feedback rate limit bounds abuse. A token in a form on
			// every page
			// would give every reader a session and a cookie (docs/decisions/0009).
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/feedback/**"))
			.formLogin((login) -> login.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"));
		return http.build();
	}

	/**
	 * BCrypt today, behind a delegating encoder so stored hashes can move to a stronger
	 * one.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserAccountRepository users) {
		return (username) -> users.findByEmail(UserAccount.normaliseEmail(username))
			.filter(UserAccount::hasPassword)
			.map((account) -> User.withUsername(account.getEmail())
				.password(account.getPasswordHash())
				.disabled(!account.isEnabled())
				.roles(account.getRoles().stream().map(Role::name).toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No account for " + username));
	}

}
