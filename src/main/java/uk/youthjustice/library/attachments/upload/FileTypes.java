package uk.youthjustice.library.attachments.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import uk.youthjustice.library.attachments.UploadRefused;

/**
 * Decides from a file's bytes, not its name, whether the library takes it. Apache Tika
 * detects the type, opening zip and OLE2 containers to tell a Word document from a
 * spreadsheet; the name's extension must then agree with what the bytes are. Programs,
 * scripts, web pages and SVG images are refused whatever they are called.
 * <p>
 * Refusals carry the file's name and, as {@link MessageSourceResolvable}s that the
 * message source resolves in turn, what the file is and what its name says it is.
 */
public final class FileTypes {

	/**
	 * A file the library takes.
	 *
	 * @param fileName its cleaned name, with the extension of its kind when it had none
	 * @param mediaType the media type to keep and serve it with
	 */
	public record Accepted(String fileName, String mediaType) {
	}

	private static final List<MediaType> PROGRAMS = types("application/x-msdownload", "application/x-executable",
			"application/x-elf", "application/x-sharedlib", "application/x-mach-o", "application/x-mach-o-executable",
			"application/x-mach-o-dylib", "application/x-mach-o-bundle", "application/x-mach-o-universal",
			"application/java-archive", "application/java-vm", "application/x-ms-installer",
			"application/x-shockwave-flash", "application/x-msdos-program", "application/x-coredump",
			"application/x-object");

	private static final List<MediaType> SCRIPTS = types("text/javascript", "application/javascript",
			"application/x-sh", "application/x-csh", "application/x-bat", "text/x-python", "text/x-perl", "text/x-php",
			"text/x-ruby", "text/x-vbscript", "text/x-vbasic", "text/x-tcl", "text/x-lua", "application/x-powershell",
			"text/x-powershell", "application/x-httpd-php", "text/x-awk");

	private static final List<MediaType> WEB_PAGES = types("text/html", "application/xhtml+xml");

	private static final MediaType SVG = MediaType.image("svg+xml");

	/** Script extensions Tika's table does not know. */
	private static final Set<String> SCRIPT_EXTENSIONS = Set.of("ps1", "psm1", "psd1", "vbe", "jse", "wsf", "wsh",
			"hta", "scr", "lnk", "reg", "zsh", "ksh", "command", "applescript", "msh", "cpl", "inf", "url");

	private static final List<MediaType> ARCHIVES = types("application/zip", "application/x-tar", "application/gzip",
			"application/x-7z-compressed", "application/x-rar-compressed", "application/x-bzip2", "application/x-xz",
			"application/x-compress", "application/zstd");

	private static final List<MediaType> OFFICE = types("application/x-tika-msoffice", "application/x-tika-ooxml",
			"application/vnd.oasis.opendocument.text");

	private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

	private final Detector detector = new DefaultDetector();

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = this.types.getMediaTypeRegistry();

	/**
	 * Checks a received file.
	 * @param file the received bytes
	 * @param fileName the name it came with, cleaned first
	 * @return its kept name and media type
	 * @throws UploadRefused when the file is empty, not a kind the library takes, a
	 * program or script, or not what its name says
	 * @throws IOException when the file cannot be read
	 */
	public Accepted check(Path file, String fileName) throws IOException {
		String name = FileNames.clean(fileName);
		if (Files.size(file) == 0) {
			throw new UploadRefused("attachments.refused.empty", name);
		}
		MediaType content = detect(file);
		String extension = FileNames.extension(name);
		Optional<AcceptedKind> claimed = AcceptedKind.byExtension(extension);
		Optional<AcceptedKind> actual = AcceptedKind.byContent(content);
		if (claimed.isPresent() && isProtectedOffice(content, claimed.get())) {
			return new Accepted(name, claimed.get().type().toString());
		}
		if (isDangerous(content) || (actual.isEmpty() && claimed.isPresent())) {
			throw refusedByContent(name, content, claimed);
		}
		if (!extension.isEmpty() && claimed.isEmpty()) {
			throw refusedByName(name, extension, actual.isPresent() ? null : content);
		}
		AcceptedKind kind = actual.orElseThrow(() -> refusal("not-accepted", name, describe(content)));
		if (claimed.isEmpty()) {
			return new Accepted(FileNames.withExtension(name, kind.extension()), kind.type().toString());
		}
		AcceptedKind named = claimed.get();
		if (!named.sameFamily(kind)) {
			throw refusal("mismatch", name, resolvable(kind.description()), resolvable(named.description()));
		}
		// Content says only "text"; the name tells CSV from plain text.
		AcceptedKind kept = (kind == AcceptedKind.TEXT) ? named : kind;
		return new Accepted(name, kept.type().toString());
	}

	private UploadRefused refusedByContent(String name, MediaType content, Optional<AcceptedKind> claimed) {
		return claimed.map((named) -> refusal("mismatch", name, describe(content), resolvable(named.description())))
			.orElseGet(() -> refusal("dangerous", name, describe(content)));
	}

	/**
	 * A name whose extension the library does not take: refused as dangerous when the
	 * name says program or script, else as not accepted, described by the content unless
	 * the content alone would be taken (a text file named {@code notes.md}).
	 */
	private UploadRefused refusedByName(String name, String extension, MediaType unacceptedContent) {
		MediaType named = this.types.getMimeType(name).getType();
		if (isDangerous(named)) {
			return refusal("dangerous", name, describe(named));
		}
		if (SCRIPT_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
			return refusal("dangerous", name, resolvable("attachments.type.script"));
		}
		return refusal("not-accepted", name, describe((unacceptedContent != null) ? unacceptedContent : named));
	}

	/**
	 * A password-protected .docx, .xlsx or .pptx is an OLE2 envelope whose kind cannot be
	 * seen without the password, so its name is trusted; it is still not a program.
	 */
	private static boolean isProtectedOffice(MediaType content, AcceptedKind claimed) {
		return PROTECTED_OOXML.equals(content) && (claimed == AcceptedKind.WORD || claimed == AcceptedKind.EXCEL
				|| claimed == AcceptedKind.POWERPOINT);
	}

	private MediaType detect(Path file) throws IOException {
		try (InputStream stream = TikaInputStream.get(file)) {
			MediaType type = this.detector.detect(stream, new Metadata());
			return startsWithShebang(file) ? MediaType.application("x-sh") : type;
		}
	}

	/** Any file starting "#!" is a script for some interpreter, named in Tika or not. */
	private static boolean startsWithShebang(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(2);
			return start.length == 2 && start[0] == '#' && start[1] == '!';
		}
	}

	private boolean isDangerous(MediaType type) {
		return isAny(type, PROGRAMS) || isAny(type, SCRIPTS) || isAny(type, WEB_PAGES)
				|| this.registry.isInstanceOf(type, SVG);
	}

	/** What a file of the given type is, as a message code. */
	private MessageSourceResolvable describe(MediaType type) {
		return resolvable("attachments.type." + category(type));
	}

	private String category(MediaType type) {
		Optional<AcceptedKind> kind = AcceptedKind.byContent(type);
		if (kind.isPresent()) {
			return kind.get().description().substring("attachments.type.".length());
		}
		if (isAny(type, PROGRAMS)) {
			return "program";
		}
		if (isAny(type, SCRIPTS)) {
			return "script";
		}
		if (isAny(type, WEB_PAGES)) {
			return "web-page";
		}
		if (this.registry.isInstanceOf(type, SVG)) {
			return "svg";
		}
		return otherCategory(type);
	}

	private String otherCategory(MediaType type) {
		if (type.getSubtype().contains("macroenabled")) {
			return "macros";
		}
		if (PROTECTED_OOXML.equals(type)) {
			return "protected";
		}
		if (isAny(type, OFFICE) || type.getSubtype().startsWith("vnd.oasis.opendocument")
				|| type.getSubtype().startsWith("vnd.ms-")) {
			return "office";
		}
		if (isAny(type, ARCHIVES)) {
			return "archive";
		}
		if (this.registry.isInstanceOf(type, MediaType.APPLICATION_XML)) {
			return "xml";
		}
		return switch (type.getType()) {
			case "image", "audio", "video" -> type.getType();
			default -> "other";
		};
	}

	private boolean isAny(MediaType type, List<MediaType> roots) {
		return roots.stream().anyMatch((root) -> this.registry.isInstanceOf(type, root));
	}

	private static UploadRefused refusal(String reason, String name, Object... what) {
		Object[] arguments = new Object[what.length + 1];
		arguments[0] = name;
		System.arraycopy(what, 0, arguments, 1, what.length);
		return new UploadRefused("attachments.refused." + reason, arguments);
	}

	private static MessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(code);
	}

	private static List<MediaType> types(String... names) {
		return java.util.Arrays.stream(names).map(MediaType::parse).toList();
	}

}
