package uk.youthjustice.library.attachments.download;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.StoredFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range is sent by skipping to it, not by reading what comes before: the converter
 * Spring MVC uses for ranges, writing regions of stored content.
 */
class StoredContentTests {

	static final int SIZE = 4 * 1024 * 1024;

	@TempDir
	Path directory;

	@Test
	void aRangeNearTheEndReadsOnlyItsOwnBytes() throws IOException {
		byte[] bytes = new byte[SIZE];
		new Random(3).nextBytes(bytes);
		Path file = Files.write(this.directory.resolve("content"), bytes);
		AtomicLong read = new AtomicLong();
		StoredContent content = new StoredContent(new CountingStore(file, read), "a".repeat(64), SIZE);

		MockHttpOutputMessage single = new MockHttpOutputMessage();
		new ResourceRegionHttpMessageConverter().write(new ResourceRegion(content, SIZE - 1000, 1000),
				MediaType.TEXT_PLAIN, single);
		assertThat(single.getBodyAsBytes()).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 1000, SIZE));
		assertThat(read.get()).isEqualTo(1000);

		read.set(0);
		MockHttpOutputMessage several = new MockHttpOutputMessage();
		new ResourceRegionHttpMessageConverter().write(
				List.of(new ResourceRegion(content, 2_000_000, 10), new ResourceRegion(content, SIZE - 10, 10)),
				MediaType.TEXT_PLAIN, several);
		assertThat(read.get()).isEqualTo(20);
	}

	/** Counts the bytes read, not those skipped, from a file system stream. */
	private record CountingStore(Path file, AtomicLong read) implements ContentStore {

		@Override
		public Incoming receive(InputStream content) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean refresh(String sha256) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Stream<StoredContent> list() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean delete(String sha256, Instant unchangedSince) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int discardUnfinished(Instant startedBefore) {
			throw new UnsupportedOperationException();
		}

		@Override
		public InputStream open(String sha256) throws IOException {
			return new FilterInputStream(Files.newInputStream(this.file)) {

				@Override
				public int read() throws IOException {
					int b = super.read();
					CountingStore.this.read.addAndGet((b >= 0) ? 1 : 0);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = super.read(buffer, offset, length);
					CountingStore.this.read.addAndGet(Math.max(n, 0));
					return n;
				}

			};
		}

		@Override
		public Path path(String sha256) {
			return this.file;
		}

	}

}
