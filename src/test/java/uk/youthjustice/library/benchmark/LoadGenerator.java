package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP load generator: a fixed number of connections, each driven by its
 * own thread that sends the next request as soon as the previous response has been read.
 * Every request's latency goes into an HdrHistogram (microseconds).
 */
final class LoadGenerator {

	private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

	private final String host;

	private final int port;

	private final int connections;

	LoadGenerator(String host, int port, int connections) {
		this.host = host;
		this.port = port;
		this.connections = connections;
	}

	int connections() {
		return this.connections;
	}

	/**
	 * Drives one path for a while from all connections at once.
	 * @param path the request path and query
	 * @param duration how long to keep sending requests
	 * @param minRequests keep going past {@code duration} until this many requests have
	 * completed, so that a slow page still yields a p99 worth reporting
	 * @param maxDuration but never longer than this
	 * @return what was measured
	 * @throws InterruptedException if interrupted while waiting for the workers
	 */
	RunResult run(String path, Duration duration, long minRequests, Duration maxDuration) throws InterruptedException {
		return run(List.of(path), duration, minRequests, maxDuration);
	}

	/**
	 * As {@link #run(String, Duration, long, Duration)}, each connection going round a
	 * list of paths, from a different starting point, so that all of them are in flight
	 * at once.
	 */
	RunResult run(List<String> paths, Duration duration, long minRequests, Duration maxDuration)
			throws InterruptedException {
		return run(paths, duration, minRequests, maxDuration, 0);
	}

	/**
	 * Sends requests at a fixed rate rather than as fast as the server answers: each
	 * connection sends on its own schedule, and a request's latency is counted from when
	 * it was due, so that a stalled server shows as slow requests rather than as fewer
	 * requests (no coordinated omission). The rate must stay below what the connections
	 * can carry, or requests fall behind their schedule and latencies grow without bound.
	 * @param paths the request paths, gone round by every connection
	 * @param requestsPerSecond the rate across all connections
	 * @param duration how long to send requests
	 * @return what was measured
	 * @throws InterruptedException if interrupted while waiting for the workers
	 */
	RunResult runAtRate(List<String> paths, double requestsPerSecond, Duration duration) throws InterruptedException {
		if (requestsPerSecond <= 0) {
			throw new IllegalArgumentException("A rate above zero: " + requestsPerSecond);
		}
		return run(paths, duration, 0, duration, Math.round(this.connections * 1e9 / requestsPerSecond));
	}

	private RunResult run(List<String> paths, Duration duration, long minRequests, Duration maxDuration,
			long intervalNanos) throws InterruptedException {
		List<byte[]> requests = paths.stream()
			.map((path) -> HttpConnection.request(this.host, this.port, path))
			.toList();
		CountDownLatch connected = new CountDownLatch(this.connections);
		CountDownLatch go = new CountDownLatch(1);
		AtomicLong completed = new AtomicLong();
		List<Worker> workers = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.connections; i++) {
			Worker worker = new Worker(requests, i * requests.size() / this.connections, connected, go, completed,
					minRequests);
			workers.add(worker);
			Thread thread = new Thread(worker, "load-" + i);
			threads.add(thread);
			thread.start();
		}
		connected.await();
		long begin = System.nanoTime();
		for (int i = 0; i < workers.size(); i++) {
			Worker worker = workers.get(i);
			worker.interval = intervalNanos;
			worker.nextDue = begin + intervalNanos * i / this.connections;
			worker.deadline = begin + duration.toNanos();
			worker.hardDeadline = begin + Math.max(duration.toNanos(), maxDuration.toNanos());
		}
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		Histogram latency = new Histogram(HIGHEST_MICROS, 3);
		Map<String, Long> failures = new TreeMap<>();
		long sent = 0;
		long cookies = 0;
		long bytes = 0;
		long end = begin;
		for (Worker worker : workers) {
			latency.add(worker.histogram);
			worker.failures.forEach((kind, count) -> failures.merge(kind, count, Long::sum));
			sent += worker.requests;
			cookies += worker.cookies;
			bytes += worker.bytes;
			end = Math.max(end, worker.lastCompletion);
		}
		return new RunResult(String.join(" ", paths), sent, failures, cookies, bytes, Duration.ofNanos(end - begin),
				latency);
	}

	private final class Worker implements Runnable {

		private final List<byte[]> toSend;

		private int next;

		private final CountDownLatch connected;

		private final CountDownLatch go;

		private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

		private final Map<String, Long> failures = new TreeMap<>();

		private final AtomicLong completed;

		private final long minRequests;

		/** Written before {@code go} opens, read after: the latch orders the two. */
		private long deadline;

		private long hardDeadline;

		/** Nanoseconds between one request and the next; 0 sends without waiting. */
		private long interval;

		private long nextDue;

		private long requests;

		private long cookies;

		private long bytes;

		private long lastCompletion;

		Worker(List<byte[]> requests, int first, CountDownLatch connected, CountDownLatch go, AtomicLong completed,
				long minRequests) {
			this.toSend = requests;
			this.next = first;
			this.connected = connected;
			this.go = go;
			this.completed = completed;
			this.minRequests = minRequests;
		}

		private boolean goOn(long now) {
			return now < this.deadline || (now < this.hardDeadline && this.completed.get() < this.minRequests);
		}

		@Override
		public void run() {
			try (HttpConnection connection = new HttpConnection(LoadGenerator.this.host, LoadGenerator.this.port)) {
				try {
					connection.connect();
				}
				catch (IOException ex) {
					this.failures.merge("connect: " + ex.getMessage(), 1L, Long::sum);
				}
				this.connected.countDown();
				this.go.await();
				long now = System.nanoTime();
				while (goOn(now)) {
					long start = now;
					if (this.interval > 0) {
						start = this.nextDue;
						this.nextDue += this.interval;
						if (start >= this.deadline) {
							break;
						}
						for (long waiting = start - now; waiting > 0; waiting = start - System.nanoTime()) {
							LockSupport.parkNanos(waiting);
						}
					}
					try {
						HttpConnection.Response response = connection
							.send(this.toSend.get(this.next++ % this.toSend.size()), false);
						this.requests++;
						this.completed.incrementAndGet();
						this.bytes += response.bodyBytes();
						if (response.setsCookie()) {
							this.cookies++;
						}
						if (response.status() != 200) {
							this.failures.merge("HTTP " + response.status(), 1L, Long::sum);
						}
					}
					catch (IOException | RuntimeException ex) {
						this.failures.merge(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 1L, Long::sum);
					}
					now = System.nanoTime();
					this.histogram.recordValue(Math.min(HIGHEST_MICROS, (now - start) / 1_000));
					this.lastCompletion = now;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** One run of one path: counts, failures by kind, latency histogram (µs). */
	record RunResult(String path, long requests, Map<String, Long> failures, long cookieResponses, long bodyBytes,
			Duration elapsed, Histogram latency) {

		long failureCount() {
			return this.failures.values().stream().mapToLong(Long::longValue).sum();
		}

		double requestsPerSecond() {
			return this.requests / (this.elapsed.toNanos() / 1e9);
		}

		double percentileMillis(double percentile) {
			return this.latency.getValueAtPercentile(percentile) / 1_000.0;
		}

	}

}
