package uk.youthjustice.library.attachments.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uk.youthjustice.library.attachments.UploadRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** An upload is refused the moment it passes the limit, not after it has all arrived. */
class SizeLimitTests {

	private final SizeLimit limit = new SizeLimit(DataSize.ofBytes(1000));

	@Test
	void aFileOfExactlyTheLimitPasses() throws IOException {
		try (InputStream in = this.limit.apply(new ByteArrayInputStream(new byte[1000]), "a.txt")) {
			assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(1000);
		}
	}

	@Test
	void oneByteMoreIsRefusedWithTheLimit() throws IOException {
		try (InputStream in = this.limit.apply(new ByteArrayInputStream(new byte[1001]), "a.txt")) {
			assertThatExceptionOfType(UploadRefused.class)
				.isThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
				.satisfies((refused) -> {
					assertThat(refused.getCode()).isEqualTo("attachments.refused.too-large");
					assertThat(refused.getArguments()).containsExactly("a.txt", "1000 bytes");
				});
		}
	}

	@Test
	void readingStopsSoonAfterTheLimit() throws IOException {
		CountingEndless endless = new CountingEndless();
		try (InputStream in = this.limit.apply(endless, "a.txt")) {
			assertThatExceptionOfType(UploadRefused.class)
				.isThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()));
		}
		assertThat(endless.read).isLessThanOrEqualTo(1001 + 8192);
	}

	@Test
	void limitsReadAsPeopleWriteThem() {
		assertThat(SizeLimit.readable(DataSize.ofMegabytes(50))).isEqualTo("50 MB");
		assertThat(SizeLimit.readable(DataSize.ofGigabytes(1))).isEqualTo("1 GB");
		assertThat(SizeLimit.readable(DataSize.ofKilobytes(512))).isEqualTo("512 KB");
	}

	/** A stream that never ends, counting what was taken from it. */
	private static final class CountingEndless extends InputStream {

		long read;

		@Override
		public int read() {
			this.read++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			this.read += length;
			return length;
		}

	}

}
