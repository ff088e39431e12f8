package uk.youthjustice.library.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.tika.Tika;

/**
 * Turns the bytes of a saved page into text, or refuses them with a reason a person can
 * act on. Pages saved from the old hub come as UTF-8 (with or without a byte order mark)
 * or as Windows-1252; anything else is not one of its pages.
 *
 * @param name the file’s name, for messages
 * @param text the page
 * @param encoding how it was read, in words
 */
record LegacyText(String name, String text, String encoding) {

	/** The largest page accepted: the old hub’s pages are tens of kilobytes. */
	static final int MAXIMUM_BYTES = 2 * 1024 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Tika TIKA = new Tika();

	/**
	 * Reads a page.
	 * @throws Refused when the bytes are empty, too many, or not text
	 */
	static LegacyText read(String name, byte[] bytes) {
		if (bytes.length > MAXIMUM_BYTES) {
			throw tooLarge(name, bytes.length);
		}
		if (bytes.length == 0) {
			throw new Refused(name, "the file is empty");
		}
		if (looksBinary(bytes)) {
			String type = TIKA.detect(bytes);
			throw new Refused(name,
					"this is not a text file"
							+ (type.startsWith("text/") || type.equals("application/octet-stream") ? ""
									: " (it looks like " + type + ")")
							+ ": save the hub’s page as plain text and upload that");
		}
		LegacyText text = decode(name, bytes);
		if (LegacyPageParser.clean(text.text().replaceAll("\\s+", " ")).isEmpty()) {
			throw new Refused(name, "the file has no text in it, only spaces or blank lines");
		}
		return text;
	}

	static Refused tooLarge(String name, long size) {
		return new Refused(name,
				String.format(Locale.UK,
						"the file is %.1f MB, more than the %d MB a page of the old hub can be: is it the right file?",
						size / (1024.0 * 1024.0), MAXIMUM_BYTES / (1024 * 1024)));
	}

	private static LegacyText decode(String name, byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(name, bytes, 3, StandardCharsets.UTF_8, "UTF-8 with a byte order mark");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(name, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(name, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
		}
		try {
			return new LegacyText(name, decode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			return new LegacyText(name, new String(bytes, WINDOWS_1252), "Windows-1252");
		}
	}

	private static LegacyText strict(String name, byte[] bytes, int skip, Charset charset, String encoding) {
		try {
			return new LegacyText(name, decode(bytes, skip, charset), encoding);
		}
		catch (CharacterCodingException ex) {
			throw new Refused(name, "the file starts as " + encoding + " but is not valid " + encoding);
		}
	}

	private static String decode(byte[] bytes, int skip, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
			.toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Binary when, outside a UTF-16 text, it has a NUL byte or more than one control
	 * character in a hundred other than tab, line feed, form feed and carriage return.
	 */
	private static boolean looksBinary(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return false;
		}
		int controls = 0;
		for (byte b : bytes) {
			int value = b & 0xFF;
			if (value == 0) {
				return true;
			}
			if (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') {
				controls++;
			}
		}
		return controls * 100L > bytes.length;
	}

	/** A file that is not a page of the old hub, with the reason in words. */
	static final class Refused extends RuntimeException {

		private final String file;

		private final String reason;

		Refused(String file, String reason) {
			super(file + ": " + reason);
			this.file = file;
			this.reason = reason;
		}

		String file() {
			return this.file;
		}

		String reason() {
			return this.reason;
		}

	}

}
