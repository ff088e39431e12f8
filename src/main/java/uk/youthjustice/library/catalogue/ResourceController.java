package uk.youthjustice.library.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.system.Breadcrumb;
import uk.youthjustice.library.system.FeedLink;

/**
 * A resource's public page at {@code /resources/{slug}}. Old addresses redirect
 * permanently to the current one; anything the viewer may not see is not found.
 */
@Controller
class ResourceController {

	static final String VIEW = "catalogue/resource";

	/** The accounts feature's roles, as Spring Security names them. */
	private static final Set<String> EDITOR_AUTHORITIES = Set.of("ROLE_EDITOR", "ROLE_ADMIN");

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ResourcePages pages;

	private final Attachments attachments;

	private final MessageSource messages;

	private final String release;

	ResourceController(ResourcePages pages, Attachments attachments, MessageSource messages,
			ObjectProvider<BuildProperties> build) {
		this.pages = pages;
		this.attachments = attachments;
		this.messages = messages;
		BuildProperties properties = build.getIfAvailable();
		this.release = (properties != null) ? properties.getVersion() + "@" + properties.getTime() : "development";
	}

	@GetMapping("/resources/{slug}")
	ModelAndView resource(@PathVariable String slug, Authentication authentication, ServletWebRequest request,
			HttpServletResponse response, Locale locale) {
		boolean editor = isEditor(authentication);
		ResourcePage page = this.pages.find(slug, editor).orElse(null);
		if (page == null) {
			return movedPermanently(this.pages.currentSlug(slug, editor)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		}
		// Browsers keep the page but ask each time; an editor's copy is theirs alone.
		response.setHeader(HttpHeaders.CACHE_CONTROL, editor ? "private, no-cache" : "no-cache");
		if (request.checkNotModified(page.etag(variant(request, editor)), page.lastModified().toEpochMilli())) {
			return null;
		}
		return new ModelAndView(VIEW,
				Map.of("page", page, "breadcrumbs",
						List.of(new Breadcrumb(page.category().name(), "/categories/" + page.category().slug())),
						"feed",
						new FeedLink(
								this.messages.getMessage("listing.feed.CATEGORY",
										new Object[] { page.category().name() }, locale),
								"/feeds/categories/" + page.category().slug() + ".atom")));
	}

	/**
	 * All of a resource's files in one zip, written as it is sent. Not found when the
	 * resource has none; an old address redirects as the page's does.
	 */
	@GetMapping("/resources/{slug}/attachments.zip")
	ResponseEntity<StreamingResponseBody> attachmentsZip(@PathVariable String slug, Authentication authentication) {
		boolean editor = isEditor(authentication);
		Long id = this.pages.withAttachments(slug, editor).orElse(null);
		if (id == null) {
			String current = this.pages.currentSlug(slug, editor)
				.filter((found) -> !found.equals(slug))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION,
						"/resources/" + UriUtils.encodePathSegment(current, "UTF-8") + "/attachments.zip")
				.build();
		}
		// No validators: the archive is made afresh each time, so caches keep it briefly.
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "-attachments.zip").build().toString())
			.cacheControl(editor ? CacheControl.noStore().cachePrivate()
					: CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body((out) -> this.attachments.writeZip(id, out));
	}

	/**
	 * What else shapes the page besides its content: the release that renders it, whether
	 * an editor sees it, and the session, whose CSRF token a form on the page carries, so
	 * that a copy from an earlier session is never reused.
	 */
	private String variant(ServletWebRequest request, boolean editor) {
		HttpSession session = request.getRequest().getSession(false);
		return this.release + (editor ? ":editor" : "") + ((session != null) ? ":" + session.getId() : "");
	}

	private static ModelAndView movedPermanently(String slug) {
		RedirectView view = new RedirectView("/resources/" + UriUtils.encodePathSegment(slug, "UTF-8"), true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExpandUriTemplateVariables(false);
		return new ModelAndView(view);
	}

	private static boolean isEditor(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch(EDITOR_AUTHORITIES::contains);
	}

}
