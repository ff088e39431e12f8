package uk.youthjustice.library.attachments.download;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * What a download answers with besides status: the bytes and the headers that describe
 * them.
 *
 * @param content the bytes
 * @param size their length
 * @param etag a strong entity tag, the bytes' SHA-256 in quotes
 * @param lastModified when the bytes were stored
 * @param type the stored media type
 * @param disposition open in the browser or save, and under which name; {@code null} for
 * none
 * @param cache who may keep a copy
 */
record Representation(Resource content, long size, String etag, Instant lastModified, MediaType type,
		ContentDisposition disposition, CacheControl cache) {

	/**
	 * Public copies may be kept a few minutes, then checked again with the entity tag: a
	 * file whose resource is unpublished stops being served from caches within that time.
	 */
	static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate();

	/** Editors may open files the public cannot see; no cache keeps those. */
	static final CacheControl EDITORS = CacheControl.noStore().cachePrivate();

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType PNG = MediaType.IMAGE_PNG;

	/** An attachment's file. */
	static Representation file(Attachment attachment, ContentStore store, boolean editor) {
		MediaType type = mediaType(attachment.getMediaType());
		return new Representation(new StoredContent(store, attachment.getSha256(), attachment.getSizeBytes()),
				attachment.getSizeBytes(), tag(attachment.getSha256()), attachment.getCreatedAt(), type,
				disposition(attachment, type), editor ? EDITORS : PUBLIC);
	}

	/**
	 * The picture of an attachment's first page; its length is that of the stored file.
	 */
	static Representation thumbnail(Attachment attachment, ContentStore store, long size, boolean editor) {
		Instant made = (attachment.getExtractedAt() != null) ? attachment.getExtractedAt() : attachment.getCreatedAt();
		return new Representation(new StoredContent(store, attachment.getThumbnailSha256(), size), size,
				tag(attachment.getThumbnailSha256()), made, PNG, null, editor ? EDITORS : PUBLIC);
	}

	static final String FILE_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'none'";

	/** Every header of a full answer. */
	HttpHeaders headers() {
		HttpHeaders headers = validators();
		headers.setContentType(this.type);
		if (this.disposition != null) {
			headers.setContentDisposition(this.disposition);
		}
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		// A file is not a page of ours: it may load nothing, and only a browser's PDF
		// viewer
		// may embed it (the pages' policy says object-src 'none', which can stop that
		// viewer).
		headers.set("Content-Security-Policy", FILE_POLICY);
		return headers;
	}

	/** The headers a 304 repeats: validators and caching. */
	HttpHeaders validators() {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(this.etag);
		headers.setLastModified(this.lastModified);
		headers.setCacheControl(this.cache);
		return headers;
	}

	long lastModifiedMillis() {
		return this.lastModified.toEpochMilli();
	}

	/**
	 * RFC 6266: {@code inline} only for what browsers show safely, PDFs known to carry no
	 * script (so links to {@code #page=12} open at the page) and plain text; everything
	 * else {@code attachment}. A name outside ASCII goes in {@code filename*} (UTF-8)
	 * with an ASCII {@code filename} for older clients, as Spring's builder writes them.
	 */
	static ContentDisposition disposition(Attachment attachment, MediaType type) {
		ContentDisposition.Builder builder = opensInBrowser(attachment, type) ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		String name = attachment.getFileName().replaceAll("\\p{Cntrl}", "_");
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
		return (ascii ? builder.filename(name) : builder.filename(name, StandardCharsets.UTF_8)).build();
	}

	/**
	 * A PDF opens in the browser only once reading it has shown it has no script; one not
	 * yet read, or unreadable, is saved instead.
	 */
	private static boolean opensInBrowser(Attachment attachment, MediaType type) {
		if (MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type)) {
			return true;
		}
		ExtractionStatus status = attachment.getExtractionStatus();
		return PDF.equalsTypeAndSubtype(type) && !attachment.hasScript()
				&& (status == ExtractionStatus.EXTRACTED || status == ExtractionStatus.NO_TEXT_LAYER);
	}

	private static MediaType mediaType(String stored) {
		try {
			return MediaType.parseMediaType(stored);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private static String tag(String sha256) {
		return "\"" + sha256 + "\"";
	}

}
