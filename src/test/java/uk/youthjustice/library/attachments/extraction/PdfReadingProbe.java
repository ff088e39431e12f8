package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * The library's PDF extractor, as the worker runs it (text, properties, script check and
 * thumbnail), for the extraction benchmark: called in-process for the page rate, and run
 * as a program in a JVM of its own for the peak heap.
 */
public final class PdfReadingProbe {

	private static final int MAX_TEXT = 5_000_000;

	private static final int THUMBNAIL_WIDTH = 200;

	private PdfReadingProbe() {
	}

	/**
	 * Reads a PDF as the worker would.
	 * @param file the PDF
	 * @return the pages read
	 * @throws IOException when the PDF cannot be read
	 */
	public static int read(Path file) throws IOException {
		ExtractionResult result = new PdfExtractor(new MemoryContentStore(), THUMBNAIL_WIDTH).extract(file,
				new ReadingLimits(Duration.ofHours(1), MAX_TEXT));
		if (result.status() != ExtractionStatus.EXTRACTED) {
			throw new IOException(file + " was not read: " + result.status());
		}
		return result.pageCount();
	}

	/**
	 * Reads the PDF named by the first argument and prints
	 * {@code pages=… millis=… peakHeapBytes=… poolPeakBytes=… maxHeapBytes=…}: the
	 * largest heap use seen by sampling every few milliseconds, and the sum of each heap
	 * pool's own peak (an upper bound: the pools peak at different moments).
	 */
	public static void main(String[] args) throws Exception {
		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		sampler.start();
		long started = System.nanoTime();
		int pages = read(Path.of(args[0]));
		long millis = (System.nanoTime() - started) / 1_000_000;
		sampler.interrupt();
		sampler.join();
		long poolPeaks = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf("pages=%d millis=%d peakHeapBytes=%d poolPeakBytes=%d maxHeapBytes=%d%n", pages, millis,
				peak.get(), poolPeaks, Runtime.getRuntime().maxMemory());
	}

}
