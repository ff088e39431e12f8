package uk.youthjustice.library.legacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.legacy.LegacyUpload.Status;

/**
 * The admin page’s uploads: kept as text in the database between the dry run and the
 * import, so that going back or signing in again loses nothing, and imported in the
 * background so that the page can show a progress bar. Uploads are deleted a day after
 * they were made.
 */
@Service
class ImportUploads {

	/** The most files one import takes. */
	static final int MAXIMUM_FILES = 20;

	/** How long uploads are kept. */
	static final Duration KEPT = Duration.ofDays(1);

	/** An import still marked as running after this long was stopped by a restart. */
	static final Duration ABANDONED_AFTER = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final LegacyUploads uploads;

	private final LegacyImport importer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<String, Progress> running = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "legacy-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportUploads(LegacyUploads uploads, LegacyImport importer, TransactionTemplate transaction, Clock clock) {
		this.uploads = uploads;
		this.importer = importer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * How far a running import has got.
	 *
	 * @param done items written
	 * @param total items to write, or -1 before they are counted
	 */
	record Progress(int done, int total) {

		public int percent() {
			return (this.total > 0) ? (int) (100L * this.done / this.total) : 0;
		}

	}

	/**
	 * What the page shows for an upload.
	 *
	 * @param token its address
	 * @param status where it is
	 * @param files the files’ names
	 * @param report the dry run, while it is ready (or failed)
	 * @param progress how far the import has got, while it runs on this node
	 * @param publish whether it was (or is being) imported as published
	 * @param outcome how the import ended, in words
	 */
	record UploadPage(String token, Status status, List<String> files, ImportReport report, Progress progress,
			boolean publish, String outcome) {
	}

	/** Keeps the files and returns the upload’s token. */
	String keep(List<LegacyText> texts, String who) {
		Instant now = this.clock.instant();
		List<LegacyUpload.File> files = texts.stream()
			.map((text) -> new LegacyUpload.File(text.name(), LegacyImport.sha256(text.text()), text.encoding(),
					text.text()))
			.toList();
		String token = UUID.randomUUID().toString();
		this.transaction.executeWithoutResult((status) -> {
			this.uploads.deleteUploadedBefore(now.minus(KEPT));
			this.uploads.save(new LegacyUpload(token, now, who, files));
		});
		return token;
	}

	boolean exists(String token) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> this.uploads.findByToken(token).isPresent()));
	}

	/** The upload with its dry run, progress or outcome; empty for an unknown token. */
	Optional<UploadPage> page(String token) {
		return this.transaction.execute((status) -> this.uploads.findByToken(token).map(this::page));
	}

	private UploadPage page(LegacyUpload upload) {
		Progress progress = this.running.get(upload.getToken());
		if (upload.getStatus() == Status.IMPORTING && progress == null && upload.getStartedAt() != null
				&& upload.getStartedAt().isBefore(this.clock.instant().minus(ABANDONED_AFTER))) {
			upload.finish(Status.FAILED, this.clock.instant(),
					"The import stopped before it finished, perhaps because the library restarted.");
		}
		List<String> names = upload.getFiles().stream().map(LegacyUpload.File::getName).toList();
		boolean waiting = upload.getStatus() == Status.READY || upload.getStatus() == Status.FAILED;
		ImportReport report = waiting ? this.importer.dryRun(upload.texts(), upload.isPublish()) : null;
		return new UploadPage(
				upload.getToken(), upload.getStatus(), names, report, (upload.getStatus() == Status.IMPORTING)
						? Optional.ofNullable(progress).orElse(new Progress(0, -1)) : null,
				upload.isPublish(), upload.getOutcome());
	}

	/**
	 * Starts importing an upload in the background, unless it is unknown, running or
	 * done.
	 * @return whether it started
	 */
	boolean start(String token, boolean publish, String who) {
		Integer claimed = this.transaction
			.execute((status) -> this.uploads.claim(token, publish, this.clock.instant()));
		if (claimed == null || claimed == 0) {
			return false;
		}
		this.running.put(token, new Progress(0, -1));
		this.executor.submit(new DelegatingSecurityContextRunnable(() -> run(token, publish, who),
				SecurityContextHolder.getContext()));
		return true;
	}

	/** How far the import of an upload has got on this node, if it runs here. */
	Optional<Progress> progress(String token) {
		return Optional.ofNullable(this.running.get(token));
	}

	private void run(String token, boolean publish, String who) {
		try {
			List<LegacyText> texts = this.transaction
				.execute((status) -> this.uploads.findByToken(token).orElseThrow().texts());
			ImportReport report = this.importer.run(texts, publish, who,
					(done, total) -> this.running.put(token, new Progress(done, total)));
			finish(token, Status.IMPORTED, ReportText.summary(report));
		}
		catch (DataIntegrityViolationException ex) {
			log.warn("Legacy import {} clashed with another import", token, ex);
			finish(token, Status.FAILED, "Another import wrote some of the same items at the same time. "
					+ "Nothing was imported from these files: check the report again and import what is left.");
		}
		catch (RuntimeException ex) {
			log.error("Legacy import {} failed", token, ex);
			finish(token, Status.FAILED, "The import failed: " + ex.getMessage()
					+ ". Nothing was imported from these files: the library is as it was.");
		}
		finally {
			this.running.remove(token);
		}
	}

	private void finish(String token, Status status, String outcome) {
		this.transaction.executeWithoutResult((tx) -> this.uploads.findByToken(token)
			.ifPresent((upload) -> upload.finish(status, this.clock.instant(), outcome)));
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
