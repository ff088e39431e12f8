package uk.youthjustice.library.accounts;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.function.SingletonSupplier;

import uk.youthjustice.library.system.ImportMap;
import uk.youthjustice.library.system.OperationsProperties;
import uk.youthjustice.library.system.SecurityHeaders;

/**
 * Who may see what: the library is public, the admin area and operations are not. Also
 * how people sign in and out, and the security headers of every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String SIGN_IN = "/login";

	/** The sign-in page, saying the session has ended. */
	static final String SESSION_ENDED = SIGN_IN + "?expired";

	/** The sign-in page, saying the person has signed out. */
	static final String SIGNED_OUT = SIGN_IN + "?signed-out";

	/** Where the admin area starts after signing in, unless a page was asked for. */
	static final String AFTER_SIGN_IN = "/admin";

	/**
	 * Scripts only from the library itself, plus the layout's import map by its hash; no
	 * inline script, no plugins, no framing, forms only to the library.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Features the library never uses, switched off for it and anything it embeds. */
	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, UserDetailsService accounts,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, SessionRegistry sessionRegistry,
			ObjectProvider<ImportMap> importMap, ObjectProvider<OperationsProperties> operations) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole(Role.ADMIN.name())
			// Importing the old hub's pages writes many resources at once.
			.requestMatchers("/admin/import", "/admin/import/**")
			.hasRole(Role.ADMIN.name())
			// The whole library in or out, user accounts included: administrators only.
			.requestMatchers("/admin/exchange", "/admin/exchange/**")
			.hasRole(Role.ADMIN.name())
			// Rebuilding empties the search index until it ends: administrators decide.
			.requestMatchers(HttpMethod.POST, "/admin/search/reindex")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			// The status only, for probes and load balancers; details for administrators
			// (management.endpoint.health.show-details).
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// A scraper with the metrics token, or an administrator
			// (docs/decisions/0022).
			.requestMatchers("/actuator/prometheus")
			.access(new MetricsAccess(operations.getIfAvailable(() -> new OperationsProperties(null, null))))
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			// Anonymous feedback is not an action on anyone's behalf, so a forged post
			// gains nothing, and the feedback rate limit bounds abuse. A token in a form
			// on every page would give every reader a session and a cookie
			// (docs/decisions/0009).
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/feedback/**"))
			.authenticationManager(signInManager(throttle, accounts, passwordEncoder, events))
			.formLogin((login) -> login.loginPage(SIGN_IN)
				.authenticationDetailsSource(SignInDetails::new)
				.successHandler(afterSignIn())
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl(SIGNED_OUT))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(new SignInEntryPoint.SessionAwareAccessDeniedHandler()))
			.sessionManagement((sessions) -> sessions
				// A new session id at sign-in, so an id planted before it is worthless.
				.sessionFixation((fixation) -> fixation.migrateSession())
				// No limit on sessions per person, but each is registered so that
				// disabling an account or changing its password can end them all.
				.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessionRegistry)
					.expiredUrl(SESSION_ENDED)))
			.headers((headers) -> headers.addHeaderWriter(contentSecurityPolicy(importMap))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Where a request that needs a signed-in person goes: the sign-in page, except that a
	 * machine asking for an operations endpoint (a scraper without its token) gets a bare
	 * 401.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		AuthenticationEntryPoint signIn = new SignInEntryPoint();
		AuthenticationEntryPoint unauthorised = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		RequestMatcher operations = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
		return (request, response, exception) -> (operations.matches(request) ? unauthorised : signIn).commence(request,
				response, exception);
	}

	/**
	 * The page asked for before signing in, or the admin area; only ever on this site,
	 * whatever Host the saved request was made with.
	 */
	private static AuthenticationSuccessHandler afterSignIn() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl(AFTER_SIGN_IN);
		handler.setRedirectStrategy(new SameSiteRedirects(AFTER_SIGN_IN));
		return handler;
	}

	/**
	 * Checks the throttle, then the password, and publishes every outcome for the audit
	 * log.
	 */
	private static AuthenticationManager signInManager(SignInThrottle throttle, UserDetailsService accounts,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(throttle, passwordCheck));
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		// Exceptions are mapped to events by exact class: name our own, or they pass
		// unpublished and unaudited.
		publisher.setAdditionalExceptionMappings(
				Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class,
						BlankSignInException.class, AuthenticationFailureBadCredentialsEvent.class));
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
	}

	/**
	 * The Content-Security-Policy header, with the import map's hash once the application
	 * has started (web slice tests have no import map, and get the policy without it).
	 */
	private static HeaderWriter contentSecurityPolicy(ObjectProvider<ImportMap> importMap) {
		Supplier<String> policy = SingletonSupplier.of(() -> {
			ImportMap map = importMap.getIfAvailable();
			return CONTENT_SECURITY_POLICY.formatted((map != null) ? " " + map.sourceHash() : "");
		});
		return (request, response) -> {
			if (!response.containsHeader("Content-Security-Policy")) {
				response.setHeader("Content-Security-Policy", policy.get());
			}
		};
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

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session times out or is invalidated. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
