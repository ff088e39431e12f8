package uk.youthjustice.library.attachments.extraction;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.youthjustice.library.attachments.AttachmentsProperties;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.extraction.ExtractionQueue.Claim;
import uk.youthjustice.library.attachments.extraction.ExtractionRecorder.FileToRead;

/**
 * Reads queued files in the background, one at a time a node, on its own thread so that a
 * long file never holds up the library's other scheduled work. It looks at the queue
 * every {@code interval}, and at once when a transaction that queued a file commits. Each
 * file is read on a thread of its own that is abandoned, and the file marked failed, once
 * the time limit passes; a file whose reading was started {@code maxAttempts} times
 * without an outcome (the node stopped each time) is marked failed too.
 */
@Component
public class ExtractionWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);

	/** Files looked at a claim round; more wait for the next round. */
	private static final int CANDIDATES = 10;

	private final ExtractionQueue queue;

	private final ExtractionRecorder recorder;

	private final Extractors extractors;

	private final ContentStore store;

	private final AttachmentsProperties.Extraction settings;

	private final Clock clock;

	/** One file at a time on this node, whichever thread asks. */
	private final ReentrantLock reading = new ReentrantLock();

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private volatile boolean running;

	private ThreadPoolTaskScheduler scheduler;

	private ExecutorService readers;

	ExtractionWorker(ExtractionQueue queue, ExtractionRecorder recorder, Extractors extractors, ContentStore store,
			AttachmentsProperties properties, Clock clock) {
		this.queue = queue;
		this.recorder = recorder;
		this.extractors = extractors;
		this.store = store;
		this.settings = properties.extraction();
		this.clock = clock;
	}

	@Override
	public void start() {
		this.readers = Executors.newCachedThreadPool(daemon("extraction-reader-"));
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setThreadFactory(daemon("extraction-"));
		// Long enough for a file being read to be handed back before the database closes.
		this.scheduler.setAwaitTerminationSeconds(10);
		this.scheduler.initialize();
		this.running = true;
		this.scheduler.scheduleWithFixedDelay(this::wakeUp, Instant.now().plus(this.settings.interval()),
				this.settings.interval());
		releaseAbandoned();
		// Whatever was queued while the library was stopped.
		wakeUp();
	}

	/**
	 * Files an earlier run on this machine was reading when it was killed go back now.
	 */
	private void releaseAbandoned() {
		try {
			int released = this.queue.releaseAbandoned();
			if (released > 0) {
				log.warn("{} file(s) were being read by an earlier run of the library that stopped without "
						+ "handing them back; they are read again now", released);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for files held by an earlier run; they are read again once their lease ends", ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		// Interrupts a wait for a reading, which cancels it and hands its file back.
		this.scheduler.shutdown();
		this.readers.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void queued(ExtractionQueued event) {
		wakeUp();
	}

	/**
	 * Asks the worker's thread to read what is waiting; returns at once. Several calls
	 * before it starts make one run.
	 */
	void wakeUp() {
		if (this.running && this.wakeUpPending.compareAndSet(false, true)) {
			this.scheduler.execute(() -> {
				this.wakeUpPending.set(false);
				try {
					runUntilIdle();
				}
				catch (RuntimeException ex) {
					log.error("Reading queued attachments stopped; trying again in {}", this.settings.interval(), ex);
				}
			});
		}
	}

	/**
	 * Reads every file this node can claim, in the calling thread, after any file the
	 * worker's own thread is reading. Tests call it to wait for the queue to empty.
	 * @return how many files it read
	 */
	public int runUntilIdle() {
		this.reading.lock();
		try {
			int read = 0;
			while (this.running && readOne()) {
				read++;
			}
			return read;
		}
		finally {
			this.reading.unlock();
		}
	}

	private boolean readOne() {
		Instant now = this.clock.instant();
		Instant expiredBefore = now.minus(this.settings.lease());
		for (Long attachmentId : this.queue.claimable(expiredBefore, CANDIDATES)) {
			Optional<Claim> claim = this.queue.claim(attachmentId, now, expiredBefore);
			if (claim.isPresent()) {
				read(claim.get());
				return true;
			}
		}
		return false;
	}

	private void read(Claim claim) {
		Optional<FileToRead> file = this.recorder.fileOf(claim.attachmentId());
		if (file.isEmpty()) {
			this.queue.finish(claim);
			return;
		}
		long started = System.nanoTime();
		ExtractionResult result = (claim.attempts() > this.settings.maxAttempts())
				? this.extractors.gaveUp(this.settings.maxAttempts()) : readWithinTimeLimit(file.get());
		if (result == null) {
			this.queue.release(claim);
			return;
		}
		boolean recorded = this.recorder.record(claim, result);
		log.info("Read attachment {} ({}): {}{} in {} ms", claim.attachmentId(), file.get().fileName(), result.status(),
				recorded ? "" : ", not recorded: taken over by another node or removed",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	/** The outcome, or {@code null} when the node is stopping and the file goes back. */
	private ExtractionResult readWithinTimeLimit(FileToRead file) {
		ReadingLimits limits = new ReadingLimits(this.settings.timeLimit(), this.settings.maxTextCharacters());
		Future<ExtractionResult> outcome = this.readers
			.submit(() -> this.extractors.read(file.mediaType(), this.store.path(file.sha256()), limits));
		try {
			ExtractionResult result = outcome.get(this.settings.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
			// A reading cut short by stopping may look like a failure: it is handed back.
			return this.running ? result : null;
		}
		catch (TimeoutException ex) {
			// The reading stops at its next check of the time; nothing waits for it.
			limits.cancel();
			return this.extractors.timedOut(this.settings.timeLimit());
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Extractors report failures as results", ex.getCause());
		}
		catch (InterruptedException ex) {
			limits.cancel();
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static CustomizableThreadFactory daemon(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
