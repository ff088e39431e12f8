package uk.youthjustice.library.attachments.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.attachments.ExtractionStatus;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * Resources in every state with files attached through the attachments feature's public
 * surface, and raw HTTP requests to the library under test.
 */
final class DownloadFixture {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final Catalogue catalogue;

	private final Attachments attachments;

	private final ExtractionWorker extraction;

	DownloadFixture(int port, Catalogue catalogue, Attachments attachments, ExtractionWorker extraction) {
		this.port = port;
		this.catalogue = catalogue;
		this.attachments = attachments;
		this.extraction = extraction;
	}

	/** A new resource in the practice examples, in the state the change leaves it in. */
	Resource resource(Consumer<Resource> state) {
		String slug = "dl-" + UUID.randomUUID().toString().substring(0, 8);
		Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, slug, "Download test " + slug,
				this.catalogue.findCategory("practice-examples").orElseThrow());
		resource.setSummary("A resource with files.");
		state.accept(resource);
		return this.catalogue.save(resource);
	}

	Resource published() {
		return resource((resource) -> resource.publish(Instant.now().minus(Duration.ofDays(1))));
	}

	Attachment attach(Resource resource, String fileName, byte[] bytes) {
		try {
			Attachment attached = this.attachments.attach(resource.getId(),
					this.attachments.receive(fileName, new ByteArrayInputStream(bytes)), "File " + fileName, false);
			// Read now, so that no background reading changes the row while a test looks.
			this.extraction.runUntilIdle();
			return this.attachments.find(attached.getId()).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The attachment once reading it has finished, whatever its outcome. */
	Attachment read(Attachment attachment) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			Attachment now = this.attachments.find(attachment.getId()).orElseThrow();
			if (now.getExtractionStatus() != ExtractionStatus.PENDING) {
				return now;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Attachment " + attachment.getId() + " was not read in time");
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	HttpResponse<byte[]> get(String path, String... headers) {
		return send("GET", path, headers);
	}

	HttpResponse<byte[]> head(String path, String... headers) {
		return send("HEAD", path, headers);
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Numbered lines of text from a seed, as many bytes as asked. */
	static byte[] text(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(size + 100);
		for (int line = 1; text.length() < size; line++) {
			text.append("Line ").append(line).append(": practice note ").append(random.nextInt(1_000_000)).append('\n');
		}
		return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
	}

}
