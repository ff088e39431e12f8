package uk.youthjustice.library.opendata;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The open data API: public content as read-only JSON. Always JSON whatever the client
 * accepts; cached briefly by anyone, and revalidated by the ETag that
 * {@link OpenDataWebConfiguration} adds.
 */
@RestController
@ApiResponse(responseCode = "304", description = "Not modified: the ETag sent in If-None-Match is still current.",
		content = @Content)
@Tag(name = "Open data", description = "The library’s public content. Read-only; no key needed.")
class OpenDataController {

	/** How long anyone may keep an answer before asking again (with its ETag). */
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final OpenDataApi api;

	OpenDataController(OpenDataApi api) {
		this.api = api;
	}

	@GetMapping(OpenDataApi.RESOURCES)
	@Operation(summary = "Public resources, a page at a time",
			description = "Filters combine as on the library’s category pages. An unknown or unusable value is "
					+ "refused with 400 and a problem document naming each parameter.")
	@ApiResponse(responseCode = "200", description = "A page of resources; empty after the last page.")
	@ApiResponse(responseCode = "400", description = "A parameter cannot be used; errors names each.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ResourceList> resources(@ParameterObject ResourceListParameters parameters) {
		return ok(this.api.resources(parameters));
	}

	@GetMapping(OpenDataApi.RESOURCES + "/{slug}")
	@Operation(summary = "One public resource",
			description = "A resource’s former slug answers 301 with its current address; a slug the public "
					+ "cannot see (draft, scheduled, archived or unknown) answers 404.")
	@ApiResponse(responseCode = "200", description = "The resource.")
	@ApiResponse(responseCode = "301", description = "The resource has a new slug: Location gives its address.",
			headers = @Header(name = HttpHeaders.LOCATION, description = "The resource’s current address"),
			content = @Content)
	@ApiResponse(responseCode = "404", description = "The public cannot see a resource with this slug.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ResourceDetail> resource(@Parameter(description = "The resource’s slug") @PathVariable String slug) {
		return this.api.resource(slug).map(OpenDataController::ok).orElseGet(() -> {
			String current = this.api.currentPath(slug).orElseThrow(() -> new NotFoundException("resource"));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, UriUtils.encodePath(current, "UTF-8"))
				.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
				.build();
		});
	}

	@GetMapping(OpenDataApi.BASE + "/categories")
	@Operation(summary = "Every category, with its count of public resources")
	@ApiResponse(responseCode = "200", description = "Every category.")
	ResponseEntity<ItemList<TermItem>> categories() {
		return ok(this.api.categories());
	}

	@GetMapping(OpenDataApi.BASE + "/topics")
	@Operation(summary = "Every topic, with its count of public resources")
	@ApiResponse(responseCode = "200", description = "Every topic.")
	ResponseEntity<ItemList<TermItem>> topics() {
		return ok(this.api.topics());
	}

	@GetMapping(OpenDataApi.BASE + "/evidence")
	@Operation(summary = "Every evidence label, with its count of public resources")
	@ApiResponse(responseCode = "200", description = "Every evidence label.")
	ResponseEntity<ItemList<TermItem>> evidence() {
		return ok(this.api.evidence());
	}

	@GetMapping(OpenDataApi.BASE + "/contacts")
	@Operation(summary = "Every contact card of the public contact directory")
	@ApiResponse(responseCode = "200", description = "Every contact card.")
	ResponseEntity<ItemList<ContactItem>> contacts() {
		return ok(this.api.contacts());
	}

	/**
	 * Anything else under /api is not found, as a problem document rather than a page.
	 */
	@Hidden
	@GetMapping("/api/**")
	ResponseEntity<Void> unknown() {
		throw new NotFoundException("address");
	}

	private static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.body(body);
	}

	/** Nothing the public may see is at the address asked for. */
	static class NotFoundException extends RuntimeException {

		NotFoundException(String what) {
			super("No public " + what + " here");
		}

	}

}
