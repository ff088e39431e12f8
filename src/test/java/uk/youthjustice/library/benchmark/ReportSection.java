package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's section of docs/benchmarks.md, between two marker comments. Writing it
 * again replaces only that section; a file without the markers gets the section appended.
 */
public final class ReportSection {

	private ReportSection() {
	}

	/**
	 * Reads a section's text as last written.
	 * @param file the report file
	 * @param id the section's marker name
	 * @return the text between the markers, or an empty string when there is none
	 * @throws IOException if the file cannot be read
	 */
	static String read(Path file, String id) throws IOException {
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		int from = text.indexOf("<!-- benchmark:" + id + " ");
		int to = text.indexOf("<!-- /benchmark:" + id + " -->");
		if (from < 0 || to < from) {
			return "";
		}
		int body = text.indexOf('\n', from);
		return (body < 0 || body > to) ? "" : text.substring(body + 1, to);
	}

	/**
	 * Writes a section.
	 * @param file the report file, created if missing
	 * @param id the section's marker name, e.g. {@code page-serving}
	 * @param markdown the section's text
	 * @throws IOException if the file cannot be read or written
	 */
	static void write(Path file, String id, String markdown) throws IOException {
		write(file, id, "./mvnw -Pbenchmark verify", markdown);
	}

	/**
	 * Writes a section that another command than the benchmarks' writes.
	 * @param file the report file, created if missing
	 * @param id the section's marker name
	 * @param command the command that writes it, named in the marker
	 * @param markdown the section's text
	 * @throws IOException if the file cannot be read or written
	 */
	public static void write(Path file, String id, String command, String markdown) throws IOException {
		String start = "<!-- benchmark:" + id + " (written by " + command + "; edits here are replaced) -->";
		String end = "<!-- /benchmark:" + id + " -->";
		String section = start + "\n" + markdown.strip() + "\n" + end;
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		int from = text.indexOf("<!-- benchmark:" + id + " ");
		int to = text.indexOf(end);
		String updated;
		if (from >= 0 && to > from) {
			updated = text.substring(0, from) + section + text.substring(to + end.length());
		}
		else {
			updated = text.stripTrailing() + (text.isBlank() ? "" : "\n\n") + section + "\n";
		}
		Files.writeString(file, updated, StandardCharsets.UTF_8);
	}

}
