package uk.youthjustice.library.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import uk.youthjustice.library.attachments.ContentStore;

/**
 * The exchange feature's public surface: the whole library out as one zip, and such a zip
 * in. An import is all or nothing: it is checked whole (the archive, the manifest, every
 * item against the library, every file's bytes) before anything is written, then written
 * in one transaction.
 */
@Service
public class LibraryExchange {

	private static final Logger log = LoggerFactory.getLogger(LibraryExchange.class);

	private final ExportQueries queries;

	private final ImportWriter writer;

	private final Reindexing reindexing;

	private final ContentStore store;

	private final JdbcTemplate jdbc;

	private final ExchangeProperties limits;

	private final Clock clock;

	LibraryExchange(ExportQueries queries, ImportWriter writer, Reindexing reindexing, ContentStore store,
			JdbcTemplate jdbc, ExchangeProperties limits, Clock clock) {
		this.queries = queries;
		this.writer = writer;
		this.reindexing = reindexing;
		this.store = store;
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Reads the library for an export and checks that every attached file is in the
	 * store, before a byte of the zip is written.
	 * @return the export, to write
	 * @throws IOException naming the first attached file that is missing
	 */
	public Export prepareExport() throws IOException {
		Manifest manifest = this.queries.read();
		TreeSet<String> files = new TreeSet<>();
		manifest.resources().forEach((resource) -> resource.attachments().forEach((file) -> files.add(file.sha256())));
		for (String sha256 : files) {
			try (InputStream in = this.store.open(sha256)) {
				// Only that it opens.
			}
			catch (IOException ex) {
				throw new IOException(
						"The stored bytes " + sha256 + " of an attachment are missing: " + ex.getMessage(), ex);
			}
		}
		return new Export(manifest, List.copyOf(files));
	}

	/**
	 * Imports an export zip.
	 * @param zip the file
	 * @param options merge into a library with content or not; only check or write
	 * @param importedBy who imports, for the history (an email address, or system)
	 * @return what was done, or would be, or why nothing was
	 */
	public ExchangeReport importFrom(Path zip, ImportOptions options, String importedBy) {
		try (ImportArchive archive = ImportArchive.open(zip, this.limits)) {
			Manifest manifest = archive.manifest(ManifestJson.MAPPER);
			List<Problem> problems = ManifestCheck.problems(manifest, archive::has);
			if (!problems.isEmpty()) {
				return ExchangeReport.refused(problems);
			}
			LibraryState state = LibraryState.read(this.jdbc);
			ImportPlan plan = ImportPlan.of(manifest, state);
			if (!options.merge() && !state.isEmpty()) {
				return new ExchangeReport(ExchangeReport.Outcome.REFUSED,
						List.of(Problem.of("exchange.problem.not-empty")), plan.sections);
			}
			if (plan.hasRefusals()) {
				return new ExchangeReport(ExchangeReport.Outcome.REFUSED,
						List.of(Problem.of("exchange.problem.refusals")), plan.sections);
			}
			if (options.dryRun()) {
				checkFiles(archive, plan.newFiles);
				return new ExchangeReport(ExchangeReport.Outcome.CHECKED, List.of(), plan.sections);
			}
			storeFiles(archive, plan.newFiles);
			List<Long> created = write(plan, importedBy);
			log.info("Imported {} ({} new resources) by {}", zip.getFileName(), created.size(), importedBy);
			reindex(created);
			return new ExchangeReport(ExchangeReport.Outcome.IMPORTED, List.of(), plan.sections);
		}
		catch (ImportRefused ex) {
			log.info("Import of {} refused: {}", zip.getFileName(), ex.problems());
			return ExchangeReport.refused(ex.problems());
		}
	}

	private List<Long> write(ImportPlan plan, String importedBy) throws ImportRefused {
		try {
			return this.writer.write(plan, this.clock.instant(), importedBy);
		}
		catch (DataAccessException ex) {
			log.warn("Import failed while writing; rolled back", ex);
			throw new ImportRefused(
					Problem.of("exchange.problem.write-failed", ex.getMostSpecificCause().getMessage()));
		}
	}

	private void reindex(List<Long> created) {
		try {
			this.reindexing.resources(created);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.warn("Indexing the imported resources was interrupted: rebuild the search index");
		}
		catch (RuntimeException ex) {
			log.warn("Indexing the imported resources failed: rebuild the search index", ex);
		}
	}

	/** Reads every new file's bytes and checks they are what the manifest says. */
	private void checkFiles(ImportArchive archive, Map<String, Manifest.Attachment> files) throws ImportRefused {
		for (Manifest.Attachment file : files.values()) {
			String entry = Manifest.fileEntry(file.sha256());
			try (DigestInputStream in = new DigestInputStream(archive.open(entry), sha256())) {
				long size = in.transferTo(OutputStream.nullOutputStream());
				matches(file, HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
			}
			catch (IOException ex) {
				throw refusal(archive, entry, ex);
			}
		}
	}

	/**
	 * Receives every new file into the content store, checks it, and keeps them all only
	 * when all are right: a wrong or unreadable file leaves nothing behind. Kept files
	 * that the database then fails to take are removed by the orphan sweep.
	 */
	private void storeFiles(ImportArchive archive, Map<String, Manifest.Attachment> files) throws ImportRefused {
		List<ContentStore.Incoming> received = new ArrayList<>();
		try {
			for (Manifest.Attachment file : files.values()) {
				String entry = Manifest.fileEntry(file.sha256());
				try (InputStream in = archive.open(entry)) {
					ContentStore.Incoming incoming = this.store.receive(in);
					received.add(incoming);
					matches(file, incoming.sha256(), incoming.sizeBytes());
				}
				catch (IOException ex) {
					throw refusal(archive, entry, ex);
				}
			}
			int i = 0;
			for (Manifest.Attachment file : files.values()) {
				received.get(i++).keep(file.fileName(), file.mediaType());
			}
		}
		catch (IOException ex) {
			throw new ImportRefused(Problem.of("exchange.problem.store-failed", ex.getMessage()));
		}
		finally {
			received.forEach(LibraryExchange::discard);
		}
	}

	private static void matches(Manifest.Attachment file, String sha256, long size) throws ImportRefused {
		if (!sha256.equals(file.sha256()) || size != file.sizeBytes()) {
			throw new ImportRefused(Problem.of("exchange.problem.attachment-mismatch", file.fileName(),
					Manifest.fileEntry(file.sha256())));
		}
	}

	private static ImportRefused refusal(ImportArchive archive, String entry, IOException ex) {
		ImportArchive.TooLarge tooLarge = ImportArchive.TooLarge.in(ex);
		return (tooLarge != null) ? tooLarge.refusal(archive)
				: new ImportRefused(Problem.of("exchange.problem.unreadable", entry + ": " + ex.getMessage()));
	}

	private static void discard(ContentStore.Incoming incoming) {
		try {
			incoming.close();
		}
		catch (IOException ex) {
			log.debug("Could not discard a received file", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * How to import.
	 *
	 * @param merge whether to add to a library that has content (otherwise such an import
	 * is refused)
	 * @param dryRun only check and report, writing nothing
	 */
	public record ImportOptions(boolean merge, boolean dryRun) {
	}

	/**
	 * A library read for export, ready to write as a zip: {@code manifest.json} first,
	 * then every attached file once, as {@code files/<sha256>}.
	 */
	public final class Export {

		private final Manifest manifest;

		private final List<String> files;

		private Export(Manifest manifest, List<String> files) {
			this.manifest = manifest;
			this.files = files;
		}

		public int resources() {
			return this.manifest.resources().size();
		}

		public int files() {
			return this.files.size();
		}

		/**
		 * Writes the zip.
		 * @param out where to; finished but not closed
		 * @throws IOException if a file cannot be read or the zip not written
		 */
		public void writeTo(OutputStream out) throws IOException {
			ZipOutputStream zip = new ZipOutputStream(CloseShieldOutputStream.wrap(out));
			zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
			ManifestJson.MAPPER.writeValue(CloseShieldOutputStream.wrap(zip), this.manifest);
			zip.closeEntry();
			for (String sha256 : this.files) {
				zip.putNextEntry(new ZipEntry(Manifest.fileEntry(sha256)));
				try (InputStream in = LibraryExchange.this.store.open(sha256)) {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
			zip.finish();
			zip.flush();
		}

	}

}
