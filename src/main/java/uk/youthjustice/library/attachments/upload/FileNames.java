package uk.youthjustice.library.attachments.upload;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans the name a browser sent with an upload into one safe to keep and to offer back
 * in a download: the last path segment only, no control or direction-changing characters,
 * NFC-normalised, at most 255 bytes of UTF-8 with the extension kept, never empty.
 * Letters of any script and emoji are kept.
 */
public final class FileNames {

	/** What an upload is called when its name has nothing left to keep. */
	public static final String FALLBACK = "attachment";

	static final int MAX_BYTES = 255;

	private static final Pattern EXTENSION = Pattern.compile("\\p{Alnum}{1,10}");

	private FileNames() {
	}

	/**
	 * Cleans an uploaded file's name.
	 * @param raw the name as sent, possibly a whole path, possibly {@code null}
	 * @return the cleaned name
	 */
	public static String clean(String raw) {
		String name = (raw != null) ? raw : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = withoutControls(Normalizer.normalize(name, Normalizer.Form.NFC)).strip();
		String extension = extension(name);
		String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
		stem = trimDots(stem);
		if (stem.isEmpty()) {
			stem = FALLBACK;
		}
		String suffix = extension.isEmpty() ? "" : "." + extension;
		return truncate(stem, MAX_BYTES - utf8Length(suffix)) + suffix;
	}

	/**
	 * The extension of a name, without its dot.
	 * @param name a file name
	 * @return the extension as written, or empty when the name has none
	 */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0) ? name.substring(dot + 1) : "";
		return EXTENSION.matcher(extension).matches() ? extension : "";
	}

	/**
	 * Gives a name the extension of its type when it has none.
	 * @param name a cleaned file name
	 * @param extension the extension its content calls for
	 * @return the name with an extension
	 */
	public static String withExtension(String name, String extension) {
		if (!extension(name).isEmpty()) {
			return name;
		}
		String stem = name.equals(FALLBACK) ? name : truncate(name, MAX_BYTES - 1 - utf8Length(extension));
		return stem + "." + extension.toLowerCase(Locale.ROOT);
	}

	/**
	 * Drops control characters and invisible formatting characters, which can make
	 * {@code report‮fdp.exe} read as a PDF. The zero-width joiner stays: emoji are built
	 * with it.
	 */
	private static String withoutControls(String name) {
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().filter((c) -> {
			int type = Character.getType(c);
			return c == '\u200D' || (type != Character.CONTROL && type != Character.FORMAT
					&& type != Character.SURROGATE && type != Character.UNASSIGNED);
		}).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static String trimDots(String stem) {
		int start = 0;
		int end = stem.length();
		while (start < end && (stem.charAt(start) == '.' || Character.isWhitespace(stem.charAt(start)))) {
			start++;
		}
		while (end > start && (stem.charAt(end - 1) == '.' || Character.isWhitespace(stem.charAt(end - 1)))) {
			end--;
		}
		return stem.substring(start, end);
	}

	/** Cuts between characters as a reader sees them, so no emoji is cut in half. */
	private static String truncate(String text, int maxBytes) {
		if (utf8Length(text) <= maxBytes) {
			return text;
		}
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		int end = 0;
		int bytes = 0;
		for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
			bytes += utf8Length(text.substring(end, next));
			if (bytes > maxBytes) {
				break;
			}
			end = next;
		}
		return text.substring(0, end).strip();
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
