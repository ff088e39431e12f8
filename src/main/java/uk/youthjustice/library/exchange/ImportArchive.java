package uk.youthjustice.library.exchange;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export zip opened for import, checked before anything is read from it: every entry's
 * name stays inside the archive (no {@code ../}, no absolute or drive paths: a zip-slip
 * is refused even though nothing is unpacked by name), there are not too many entries,
 * and the bytes read, the manifest and every file together, stay under
 * {@code max-unzipped-size}, counted as they are inflated rather than trusted from the
 * zip's headers (a zip bomb).
 */
final class ImportArchive implements Closeable {

	/** How many unsafe names the report quotes. */
	private static final int QUOTED_NAMES = 5;

	private final ZipFile zip;

	private final Map<String, ZipEntry> entries;

	private final long maxManifestBytes;

	private long budget;

	private final long maxUnzippedBytes;

	private ImportArchive(ZipFile zip, Map<String, ZipEntry> entries, ExchangeProperties limits) {
		this.zip = zip;
		this.entries = entries;
		this.maxManifestBytes = limits.maxManifestSize().toBytes();
		this.maxUnzippedBytes = limits.maxUnzippedSize().toBytes();
		this.budget = this.maxUnzippedBytes;
	}

	static ImportArchive open(Path file, ExchangeProperties limits) throws ImportRefused {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new ImportRefused(Problem.of("exchange.problem.not-a-zip"));
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportRefused(Problem.of("exchange.problem.unreadable", ex.getMessage()));
		}
		try {
			return new ImportArchive(zip, checkedEntries(zip, limits), limits);
		}
		catch (ImportRefused ex) {
			closeQuietly(zip);
			throw ex;
		}
		catch (RuntimeException ex) {
			// Such as an entry name that is not valid in the zip's encoding.
			closeQuietly(zip);
			throw new ImportRefused(Problem.of("exchange.problem.unreadable", ex.getMessage()));
		}
	}

	private static Map<String, ZipEntry> checkedEntries(ZipFile zip, ExchangeProperties limits) throws ImportRefused {
		Map<String, ZipEntry> entries = new HashMap<>();
		List<String> unsafe = new ArrayList<>();
		int count = 0;
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++count > limits.maxEntries()) {
				throw new ImportRefused(Problem.of("exchange.problem.too-many-entries", limits.maxEntries()));
			}
			if (!isSafe(entry.getName())) {
				unsafe.add(entry.getName());
			}
			else if (!entry.isDirectory()) {
				entries.put(entry.getName(), entry);
			}
		}
		if (!unsafe.isEmpty()) {
			throw new ImportRefused(Problem.of("exchange.problem.unsafe-entries", unsafe.size(),
					String.join(", ", unsafe.subList(0, Math.min(QUOTED_NAMES, unsafe.size())))));
		}
		return entries;
	}

	/**
	 * Whether a name stays inside the folder it would be unpacked into: relative, no
	 * {@code ..} or {@code .} segment, no backslash, drive letter or control character.
	 */
	static boolean isSafe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
			return false;
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return false;
		}
		for (String segment : name.split("/")) {
			if (segment.equals("..") || segment.equals(".")) {
				return false;
			}
		}
		return true;
	}

	boolean has(String name) {
		return this.entries.containsKey(name);
	}

	/**
	 * Reads the manifest: its format version first, so that an export from a newer
	 * release is refused with its version rather than with whatever it no longer has.
	 */
	Manifest manifest(JsonMapper json) throws ImportRefused {
		if (!has(Manifest.ENTRY)) {
			throw new ImportRefused(Problem.of("exchange.problem.no-manifest"));
		}
		JsonNode tree;
		try (InputStream in = new Limited(open(Manifest.ENTRY), this.maxManifestBytes, "manifest")) {
			tree = json.readTree(in);
		}
		catch (IOException | JacksonException ex) {
			TooLarge tooLarge = TooLarge.in(ex);
			if (tooLarge != null) {
				throw tooLarge.refusal(this);
			}
			throw new ImportRefused(Problem.of("exchange.problem.manifest-unreadable", message(ex)));
		}
		if (tree == null || !tree.isObject()) {
			throw new ImportRefused(Problem.of("exchange.problem.manifest-unreadable", "not a JSON object"));
		}
		JsonNode version = tree.get("formatVersion");
		if (version == null || version.isNull()) {
			throw new ImportRefused(Problem.of("exchange.problem.no-version", Manifest.FORMAT_VERSION));
		}
		if (!version.isIntegralNumber() || version.asInt() != Manifest.FORMAT_VERSION) {
			throw new ImportRefused(
					Problem.of("exchange.problem.unknown-version", version.toString(), Manifest.FORMAT_VERSION));
		}
		try {
			return json.treeToValue(tree, Manifest.class);
		}
		catch (JacksonException ex) {
			throw new ImportRefused(Problem.of("exchange.problem.manifest-unreadable", message(ex)));
		}
	}

	/**
	 * The bytes of an entry, counted against what is left of the unzipped size.
	 * @param name the entry
	 * @return a stream to close; reading past the limit throws {@link TooLarge}
	 * @throws IOException if the entry cannot be read
	 */
	InputStream open(String name) throws IOException {
		ZipEntry entry = this.entries.get(name);
		if (entry == null) {
			throw new IOException("No entry " + name);
		}
		return new Budgeted(this.zip.getInputStream(entry));
	}

	@Override
	public void close() {
		closeQuietly(this.zip);
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// Only read from: nothing to lose.
		}
	}

	private static String message(Exception ex) {
		String message = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage();
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

	/** Reading went past a limit. */
	static final class TooLarge extends IOException {

		private final String what;

		TooLarge(String what) {
			super("Over the limit: " + what);
			this.what = what;
		}

		/** The limit that cut reading short, however deep the exception wraps it. */
		static TooLarge in(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLarge tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}

		ImportRefused refusal(ImportArchive archive) {
			return ("manifest".equals(this.what))
					? new ImportRefused(Problem.of("exchange.problem.manifest-too-large",
							DataSize.ofBytes(archive.maxManifestBytes).toMegabytes()))
					: new ImportRefused(Problem.of("exchange.problem.too-large",
							DataSize.ofBytes(archive.maxUnzippedBytes).toMegabytes()));
		}

	}

	/** Counts what is read against the whole archive's budget. */
	private final class Budgeted extends FilterInputStream {

		Budgeted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				spend(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				spend(n);
			}
			return n;
		}

		private void spend(long bytes) throws TooLarge {
			ImportArchive.this.budget -= bytes;
			if (ImportArchive.this.budget < 0) {
				throw new TooLarge("archive");
			}
		}

	}

	/** A stream cut off at a limit of its own. */
	private static final class Limited extends FilterInputStream {

		private long left;

		private final String what;

		Limited(InputStream in, long limit, String what) {
			super(in);
			this.left = limit;
			this.what = what;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --this.left < 0) {
				throw new TooLarge(this.what);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.left -= n;
				if (this.left < 0) {
					throw new TooLarge(this.what);
				}
			}
			return n;
		}

	}

}
