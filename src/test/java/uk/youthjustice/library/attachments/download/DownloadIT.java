package uk.youthjustice.library.attachments.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files served over real HTTP: headers, ranges, conditional requests, names, addresses
 * that try to leave the store, download counts and first-page pictures.
 */
@WithLibrary
class DownloadIT {

	static final int SIZE = 20_000;

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Attachments attachments;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	ContentStore store;

	@Autowired
	DownloadCounter counter;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	DownloadFixture fixture;

	byte[] bytes;

	Attachment file;

	String path;

	@BeforeEach
	void publicTextFile() {
		this.fixture = new DownloadFixture(this.port, this.catalogue, this.attachments, this.extraction);
		this.bytes = DownloadFixture.text(SIZE, 42);
		this.file = this.fixture.attach(this.fixture.published(), "practice-notes.txt", this.bytes);
		this.path = this.file.getDownloadPath();
	}

	@Test
	void aFileComesWithEveryHeaderThatDescribesIt() {
		HttpResponse<byte[]> answer = this.fixture.get(this.path, "Accept-Encoding", "gzip");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(this.bytes);
		assertThat(header(answer, "Content-Type")).startsWith("text/plain");
		assertThat(header(answer, "Content-Length")).isEqualTo(Integer.toString(SIZE));
		// A strong entity tag keeps Tomcat from compressing, so ranges stay byte ranges.
		assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(header(answer, "ETag")).isEqualTo("\"" + this.file.getSha256() + "\"");
		assertThat(header(answer, "Last-Modified")).isNotBlank();
		assertThat(header(answer, "Accept-Ranges")).isEqualTo("bytes");
		assertThat(header(answer, "Content-Disposition")).isEqualTo("inline; filename=\"practice-notes.txt\"");
		assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.headers().allValues("Content-Security-Policy"))
			.containsExactly("default-src 'none'; object-src 'self'; frame-ancestors 'none'");
		assertThat(header(answer, "Cache-Control")).isEqualTo("max-age=300, must-revalidate, public");
		assertThat(answer.headers().firstValue("Set-Cookie")).as("no session for a download").isEmpty();
	}

	@Test
	void headHasTheHeadersAndNoBody() {
		HttpResponse<byte[]> answer = this.fixture.head(this.path);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEmpty();
		assertThat(header(answer, "Content-Length")).isEqualTo(Integer.toString(SIZE));
		assertThat(header(answer, "ETag")).isEqualTo("\"" + this.file.getSha256() + "\"");
		assertThat(header(answer, "Accept-Ranges")).isEqualTo("bytes");
		assertThat(header(answer, "Content-Disposition")).startsWith("inline");
	}

	@Test
	void oneRangeIsPartialContent() {
		HttpResponse<byte[]> answer = this.fixture.get(this.path, "Range", "bytes=100-199");

		assertThat(answer.statusCode()).isEqualTo(206);
		assertThat(header(answer, "Content-Range")).isEqualTo("bytes 100-199/" + SIZE);
		assertThat(header(answer, "Content-Length")).isEqualTo("100");
		assertThat(answer.body()).isEqualTo(Arrays.copyOfRange(this.bytes, 100, 200));
		assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void suffixAndOpenRangesCountFromTheEndAndToTheEnd() {
		HttpResponse<byte[]> last = this.fixture.get(this.path, "Range", "bytes=-500");
		assertThat(last.statusCode()).isEqualTo(206);
		assertThat(header(last, "Content-Range")).isEqualTo("bytes %d-%d/%d".formatted(SIZE - 500, SIZE - 1, SIZE));
		assertThat(last.body()).isEqualTo(Arrays.copyOfRange(this.bytes, SIZE - 500, SIZE));

		HttpResponse<byte[]> rest = this.fixture.get(this.path, "Range", "bytes=100-");
		assertThat(rest.statusCode()).isEqualTo(206);
		assertThat(header(rest, "Content-Range")).isEqualTo("bytes 100-%d/%d".formatted(SIZE - 1, SIZE));
		assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(this.bytes, 100, SIZE));
	}

	@Test
	void severalRangesComeAsMultipartByteranges() {
		HttpResponse<byte[]> answer = this.fixture.get(this.path, "Range", "bytes=0-9,5000-5099,-20");

		assertThat(answer.statusCode()).isEqualTo(206);
		String type = header(answer, "Content-Type");
		assertThat(type).startsWith("multipart/byteranges; boundary=");
		List<Part> parts = Part.parse(answer.body(), type.substring(type.indexOf("boundary=") + 9));
		assertThat(parts).extracting(Part::contentRange)
			.containsExactly("bytes 0-9/" + SIZE, "bytes 5000-5099/" + SIZE,
					"bytes %d-%d/%d".formatted(SIZE - 20, SIZE - 1, SIZE));
		assertThat(parts).extracting(Part::contentType).allMatch((partType) -> partType.startsWith("text/plain"));
		assertThat(parts.get(0).body()).isEqualTo(Arrays.copyOfRange(this.bytes, 0, 10));
		assertThat(parts.get(1).body()).isEqualTo(Arrays.copyOfRange(this.bytes, 5000, 5100));
		assertThat(parts.get(2).body()).isEqualTo(Arrays.copyOfRange(this.bytes, SIZE - 20, SIZE));
	}

	@Test
	void rangesThatCannotBeServedAre416() {
		for (String range : List.of("bytes=500-100", "bytes=" + (SIZE + 10) + "-",
				"bytes=" + SIZE + "-" + (SIZE + 5))) {
			HttpResponse<byte[]> answer = this.fixture.get(this.path, "Range", range);
			assertThat(answer.statusCode()).as(range).isEqualTo(416);
			assertThat(header(answer, "Content-Range")).as(range).isEqualTo("bytes */" + SIZE);
		}
	}

	@Test
	void anUnchangedFileIsNotSentAgain() {
		HttpResponse<byte[]> first = this.fixture.get(this.path);

		HttpResponse<byte[]> byTag = this.fixture.get(this.path, "If-None-Match", header(first, "ETag"));
		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();
		assertThat(header(byTag, "ETag")).isEqualTo(header(first, "ETag"));
		assertThat(header(byTag, "Cache-Control")).isEqualTo(header(first, "Cache-Control"));

		HttpResponse<byte[]> byDate = this.fixture.get(this.path, "If-Modified-Since", header(first, "Last-Modified"));
		assertThat(byDate.statusCode()).isEqualTo(304);
		assertThat(byDate.body()).isEmpty();

		assertThat(this.fixture.get(this.path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aRangeUnderAStaleIfRangeGetsTheWholeFile() {
		HttpResponse<byte[]> stale = this.fixture.get(this.path, "Range", "bytes=0-9", "If-Range", "\"0123\"");
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).isEqualTo(this.bytes);
		assertThat(stale.headers().firstValue("Content-Range")).isEmpty();
		assertThat(header(stale, "Content-Length")).isEqualTo(Integer.toString(SIZE));

		HttpResponse<byte[]> current = this.fixture.get(this.path, "Range", "bytes=0-9", "If-Range",
				"\"" + this.file.getSha256() + "\"");
		assertThat(current.statusCode()).isEqualTo(206);
		assertThat(current.body()).isEqualTo(Arrays.copyOfRange(this.bytes, 0, 10));

		String lastModified = header(this.fixture.head(this.path), "Last-Modified");
		HttpResponse<byte[]> byDate = this.fixture.get(this.path, "Range", "bytes=0-9", "If-Range", lastModified);
		assertThat(byDate.statusCode()).isEqualTo(206);
		HttpResponse<byte[]> weak = this.fixture.get(this.path, "Range", "bytes=0-9", "If-Range",
				"W/\"" + this.file.getSha256() + "\"");
		assertThat(weak.statusCode()).as("a weak tag never matches").isEqualTo(200);
	}

	@Test
	void aNameOutsideAsciiGoesInFilenameStarWithAnAsciiFallback() {
		Attachment welsh = this.fixture.attach(this.fixture.published(), "Canllaw ŵyl 🎉.txt", this.bytes);

		HttpResponse<byte[]> answer = this.fixture.get(welsh.getDownloadPath());

		assertThat(answer.statusCode()).isEqualTo(200);
		String disposition = header(answer, "Content-Disposition");
		assertThat(disposition).startsWith("inline; filename=\"");
		String fallback = disposition.substring(disposition.indexOf('"') + 1, disposition.indexOf("\";"));
		assertThat(fallback.chars()).allMatch((c) -> c >= 0x20 && c < 0x7f);
		assertThat(disposition).contains("; filename*=UTF-8''")
			.contains("%C5%B5")
			.contains("%F0%9F%8E%89")
			.doesNotContain("=?UTF-8?");
	}

	@Test
	void aWrongNameRedirectsToTheFilesAddress() {
		HttpResponse<byte[]> answer = this.fixture.get("/files/" + this.file.getId() + "/old-name.txt");

		assertThat(answer.statusCode()).isEqualTo(301);
		assertThat(header(answer, "Location")).endsWith(this.path);
	}

	@Test
	void anUnknownFileIsTheLibrarysNotFoundPage() {
		HttpResponse<byte[]> answer = this.fixture.get("/files/999999999/x.pdf", "Accept", "text/html");

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("Page not found");
	}

	@Test
	void addressesThatTryToLeaveTheStoreServeNothingElse() {
		long id = this.file.getId();
		for (String attempt : List.of("/files/" + id + "/..%2F..%2Fetc%2Fpasswd", "/files/..%2F" + id + "/x",
				"/files/" + id + "/..%5C..%5Cetc%5Cpasswd", "/files/" + id + "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
				"/files/" + id + "/../../etc/passwd", "/files/" + id + "/%2E%2E", "/files/" + id + "%2F..%2F..%2Fetc",
				"/thumbnails/..%2F" + id + ".png")) {
			HttpResponse<byte[]> answer = this.fixture.get(attempt);
			assertThat(answer.statusCode()).as(attempt).isIn(301, 400, 404);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(attempt).doesNotContain("root:");
			if (answer.statusCode() == 301) {
				assertThat(header(answer, "Location")).as(attempt).endsWith(this.path);
			}
		}
	}

	@Test
	void fullDownloadsAreCountedOnceEach() {
		long before = this.attachments.find(this.file.getId()).orElseThrow().getDownloadCount();
		String tag = "\"" + this.file.getSha256() + "\"";

		this.fixture.get(this.path);
		this.fixture.get(this.path, "Range", "bytes=0-99");
		this.fixture.get(this.path, "Range", "bytes=100-199");
		this.fixture.get(this.path, "Range", "bytes=-100");
		this.fixture.head(this.path);
		this.fixture.get(this.path, "If-None-Match", tag);
		this.fixture.get(this.path, "Range", "bytes=500-100");
		this.counter.flush();

		Attachment after = this.attachments.find(this.file.getId()).orElseThrow();
		assertThat(after.getDownloadCount()).isEqualTo(before + 2);
		assertThat(after.getVersion()).as("counting is not an edit").isEqualTo(this.file.getVersion());
	}

	@Test
	void aThumbnailIsServedWithTheSameCaching() throws IOException {
		Attachment pdf = this.fixture
			.read(this.fixture.attach(this.fixture.published(), "guide.pdf", TestFiles.pdf("Resettlement guide")));
		String thumbnailSha = pdf.getThumbnailSha256();
		if (thumbnailSha == null) {
			thumbnailSha = giveThumbnail(pdf);
		}
		byte[] png = this.store.open(thumbnailSha).readAllBytes();

		HttpResponse<byte[]> answer = this.fixture.get("/thumbnails/" + pdf.getId() + ".png");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(png);
		assertThat(header(answer, "Content-Type")).isEqualTo("image/png");
		assertThat(header(answer, "ETag")).isEqualTo("\"" + thumbnailSha + "\"");
		assertThat(header(answer, "Cache-Control")).isEqualTo("max-age=300, must-revalidate, public");
		assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(this.fixture.get("/thumbnails/" + pdf.getId() + ".png", "If-None-Match", header(answer, "ETag"))
			.statusCode()).isEqualTo(304);
		assertThat(this.fixture.get("/thumbnails/" + this.file.getId() + ".png").statusCode())
			.as("a file without a picture")
			.isEqualTo(404);
	}

	@Test
	void aPdfWithoutScriptOpensInTheBrowser() {
		Attachment pdf = this.fixture
			.read(this.fixture.attach(this.fixture.published(), "guide.pdf", TestFiles.pdf("Opens at a page")));

		HttpResponse<byte[]> answer = this.fixture.head(pdf.getDownloadPath());

		assertThat(header(answer, "Content-Type")).isEqualTo("application/pdf");
		assertThat(header(answer, "Content-Disposition")).isEqualTo("inline; filename=\"guide.pdf\"");
	}

	@Test
	void aPdfCarryingScriptIsOnlyEverDownloaded() {
		Attachment pdf = this.fixture
			.read(this.fixture.attach(this.fixture.published(), "form.pdf", TestFiles.scriptPdf()));

		HttpResponse<byte[]> answer = this.fixture.head(pdf.getDownloadPath());

		assertThat(pdf.hasScript()).isTrue();
		assertThat(header(answer, "Content-Disposition")).isEqualTo("attachment; filename=\"form.pdf\"");
	}

	/** A PNG as the attachment's first-page picture, as extraction records one. */
	private String giveThumbnail(Attachment pdf) throws IOException {
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		StoredFile stored = this.store.store(new ByteArrayInputStream(png), "thumbnail.png", "image/png");
		this.transaction.executeWithoutResult((status) -> {
			Attachment found = this.entityManager.find(Attachment.class, pdf.getId());
			found.recordExtraction(new ExtractionResult(found.getExtractionStatus(), found.getExtractionError(),
					found.getPageTexts(), found.isTextByPage(), found.getPageCount(), found.getDocumentTitle(),
					found.getDocumentAuthor(), stored.sha256(), found.hasScript()), Instant.now());
		});
		return stored.sha256();
	}

	private static String header(HttpResponse<?> answer, String name) {
		return answer.headers().firstValue(name).orElse(null);
	}

	/** One part of a multipart/byteranges body. */
	record Part(String contentType, String contentRange, byte[] body) {

		static List<Part> parse(byte[] body, String boundary) {
			// ISO-8859-1 maps each byte to one character and back.
			String text = new String(body, StandardCharsets.ISO_8859_1);
			List<Part> parts = new ArrayList<>();
			String delimiter = "--" + boundary;
			int at = text.indexOf(delimiter);
			while (at >= 0 && !text.startsWith(delimiter + "--", at)) {
				int headersStart = text.indexOf("\r\n", at) + 2;
				int headersEnd = text.indexOf("\r\n\r\n", headersStart);
				String contentType = null;
				String contentRange = null;
				for (String line : text.substring(headersStart, headersEnd).split("\r\n")) {
					String name = line.substring(0, line.indexOf(':')).trim();
					String value = line.substring(line.indexOf(':') + 1).trim();
					if (name.equalsIgnoreCase("Content-Type")) {
						contentType = value;
					}
					else if (name.equalsIgnoreCase("Content-Range")) {
						contentRange = value;
					}
				}
				int next = text.indexOf("\r\n" + delimiter, headersEnd + 4);
				parts.add(new Part(contentType, contentRange,
						text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1)));
				at = next + 2;
			}
			return parts;
		}

	}

}
