package uk.youthjustice.library.attachments.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * Plain text and CSV, read as UTF-8 (or UTF-16 where a byte-order mark says so), with
 * malformed bytes replaced rather than failing the file, up to the text allowance.
 */
class PlainTextExtractor implements Extractor {

	private static final int CHUNK = 64 * 1024;

	@Override
	public Set<String> mediaTypes() {
		return Set.of("text/plain", "text/csv");
	}

	@Override
	public ExtractionResult extract(Path file, ReadingLimits limits) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file));
				Reader reader = new InputStreamReader(bytes, decoder(bytes))) {
			char[] chunk = new char[CHUNK];
			int read;
			while (text.length() < limits.charactersLeft() && (read = reader.read(chunk)) != -1) {
				limits.checkTime();
				text.append(chunk, 0, Math.min(read, limits.charactersLeft() - text.length()));
			}
		}
		String kept = limits.keep(text.toString());
		return new ExtractionResult(ExtractionStatus.EXTRACTED, null, List.of(kept), false, null, null, null, null,
				false);
	}

	/**
	 * The decoder a byte-order mark asks for, UTF-8 without one; the mark itself is
	 * skipped.
	 */
	private static java.nio.charset.CharsetDecoder decoder(InputStream bytes) throws IOException {
		bytes.mark(3);
		int first = bytes.read();
		int second = bytes.read();
		int third = bytes.read();
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (first == 0xEF && second == 0xBB && third == 0xBF) {
			skip = 3;
		}
		else if (first == 0xFF && second == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (first == 0xFE && second == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		bytes.reset();
		bytes.skipNBytes(skip);
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
	}

}
