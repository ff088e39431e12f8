package uk.youthjustice.library.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import uk.youthjustice.library.system.PublicAddress;
import uk.youthjustice.library.system.SecurityHeaders;

/**
 * How the open data API is served: its own security filter chain (GET, HEAD and OPTIONS
 * only, for anyone, from any origin, without sessions or CSRF tokens), ETags from the
 * content of every successful answer, and the OpenAPI document’s description.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataWebConfiguration {

	static final String PATTERN = "/api/**";

	/** Where springdoc serves the OpenAPI document (springdoc.api-docs.path). */
	static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

	/** The answer to any other method: the API is read-only. */
	private static final String METHOD_NOT_ALLOWED = """
			{"type":"about:blank","title":"Method Not Allowed","status":405,\
			"detail":"The open data API is read-only: use GET."}""";

	/**
	 * Ahead of the library’s own chain, which covers every other address. A session or a
	 * sign-in never changes what the API shows, so none is read or made.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain openDataSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATTERN)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PATTERN)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PATTERN)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, PATTERN)
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.cors((cors) -> cors.configurationSource(corsConfiguration()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> methodNotAllowed(response))
				.accessDeniedHandler((request, response, ex) -> methodNotAllowed(response)))
			// The same headers as every other answer, so that none is left without them.
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)));
		return http.build();
	}

	/** Open data: any web page may read it, without credentials. */
	private static UrlBasedCorsConfigurationSource corsConfiguration() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name()));
		cors.setAllowedHeaders(List.of("If-None-Match"));
		cors.setExposedHeaders(List.of("ETag", "Location"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofDays(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(PATTERN, cors);
		return source;
	}

	private static void methodNotAllowed(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
		response.setHeader("Allow", "GET, HEAD, OPTIONS");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(METHOD_NOT_ALLOWED);
	}

	/**
	 * An ETag from the bytes of every successful answer under /api, and 304 when the
	 * client has them already. Weak, because Tomcat sends the same JSON gzipped or not
	 * (and does not compress an answer with a strong ETag).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/**
	 * The OpenAPI document may be cached as briefly as the API’s answers (springdoc sets
	 * no Cache-Control of its own).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> openApiDocumentCaching() {
		String cacheControl = CacheControl.maxAge(OpenDataController.MAX_AGE).cachePublic().getHeaderValue();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns(OPENAPI_DOCUMENT);
		return registration;
	}

	/**
	 * The OpenAPI document’s title and description, and its server from
	 * {@code library.base-url} rather than from the request.
	 */
	@Bean
	OpenAPI openDataDescription(PublicAddress address) {
		return new OpenAPI()
			.info(new Info().title("Youth Justice Practice Library open data API")
				.version("1")
				.description("The library’s public content as read-only JSON: published resources with their "
						+ "categories, topics, evidence labels, attached files and contact cards. Drafts, scheduled "
						+ "and archived resources never appear. Answers carry an ETag and may be cached for a minute; "
						+ "errors are application/problem+json documents."))
			.servers(List.of(new Server().url(address.of("/").replaceAll("/$", ""))));
	}

}
