package uk.youthjustice.library.attachments.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ResourceVisibility;

/**
 * Attachments at {@code /files/{id}/{name}} and their first-page pictures at
 * {@code /thumbnails/{id}.png}. Spring MVC answers ranges (206, multipart/byteranges for
 * several, 416) and conditional requests for a {@code Resource} body; this adds
 * {@code If-Range}, the access rule and counting. The public sees the files of public
 * resources only; editors see every file, for previews, and no cache keeps their copies.
 */
@Controller
class DownloadController {

	/** The accounts feature's roles, as Spring Security names them. */
	private static final Set<String> EDITOR_AUTHORITIES = Set.of("ROLE_EDITOR", "ROLE_ADMIN");

	private final Attachments attachments;

	private final ContentStore store;

	private final ResourceVisibility visibility;

	private final DownloadCounter counter;

	DownloadController(Attachments attachments, ContentStore store, ResourceVisibility visibility,
			DownloadCounter counter) {
		this.attachments = attachments;
		this.store = store;
		this.visibility = visibility;
		this.counter = counter;
	}

	@RequestMapping(path = "/files/{id:[0-9]+}/{fileName}", method = { RequestMethod.GET, RequestMethod.HEAD })
	ResponseEntity<?> file(@PathVariable long id, @PathVariable String fileName, Authentication authentication,
			ServletWebRequest request) {
		boolean editor = isEditor(authentication);
		Attachment attachment = servable(id, editor);
		if (!attachment.getAddressName().equals(fileName)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(attachment.getDownloadPath()))
				.build();
		}
		return serve(Representation.file(attachment, this.store, editor), request, () -> this.counter.count(id));
	}

	@RequestMapping(path = "/thumbnails/{id:[0-9]+}.png", method = { RequestMethod.GET, RequestMethod.HEAD })
	ResponseEntity<?> thumbnail(@PathVariable long id, Authentication authentication, ServletWebRequest request) {
		boolean editor = isEditor(authentication);
		Attachment attachment = servable(id, editor);
		if (attachment.getThumbnailSha256() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		long size;
		try {
			size = Files.size(this.store.path(attachment.getThumbnailSha256()));
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return serve(Representation.thumbnail(attachment, this.store, size, editor), request, () -> {
		});
	}

	/**
	 * Answers 304 (or 412) when the client's copy will do, the headers alone for HEAD,
	 * the whole file when a range was asked for a version the client no longer has, and
	 * otherwise leaves whole file or ranges to Spring MVC. Counts a download when the
	 * file is sent from its first byte.
	 */
	private ResponseEntity<?> serve(Representation file, ServletWebRequest request, Runnable fullDownload) {
		if (request.checkNotModified(file.etag(), file.lastModifiedMillis())) {
			return ResponseEntity.status(request.getResponse().getStatus()).headers(file.validators()).build();
		}
		if (HttpMethod.HEAD.matches(request.getRequest().getMethod())) {
			return ResponseEntity.ok().headers(file.headers()).contentLength(file.size()).build();
		}
		String range = request.getHeader(HttpHeaders.RANGE);
		if (range != null && !Ranges.ifRangeHolds(request.getHeader(HttpHeaders.IF_RANGE), file)) {
			fullDownload.run();
			// Spring MVC cuts every Resource into the ranges asked for except exactly an
			// InputStreamResource, which is what sends the whole file here.
			return ResponseEntity.ok()
				.headers(file.headers())
				.contentLength(file.size())
				.body(new InputStreamResource(file.content()));
		}
		if (range == null || Ranges.startsAtZero(range, file.size())) {
			fullDownload.run();
		}
		return ResponseEntity.ok().headers(file.headers()).body(file.content());
	}

	/** The attachment, if the viewer may have it; otherwise not found, as if absent. */
	private Attachment servable(long id, boolean editor) {
		return this.attachments.find(id)
			.filter((attachment) -> editor || this.visibility.isPublic(attachment.getResourceId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean isEditor(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch(EDITOR_AUTHORITIES::contains);
	}

}
