package uk.youthjustice.library.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SearchAdmissionTests {

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final ExecutorService searchers = Executors.newCachedThreadPool();

	@AfterEach
	void stopSearchers() {
		this.searchers.shutdownNow();
	}

	@Test
	void asManySearchesRunAtOnceAsSetAndTheNextWaits() throws Exception {
		SearchAdmission admission = new SearchAdmission(2, this.meters);
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		List<Future<String>> searches = List.of(1, 2, 3)
			.stream()
			.map((number) -> this.searchers.submit(() -> admission.inTurn(() -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				awaitFinish(finish);
				running.decrementAndGet();
				return "search " + number;
			})))
			.toList();
		await().atMost(LONGEST_WAIT).until(() -> waiting() >= 1);
		assertThat(running).hasValue(2);
		finish.countDown();
		for (Future<String> search : searches) {
			assertThat(search.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)).startsWith("search ");
		}
		assertThat(mostAtOnce).hasValue(2);
		assertThat(waiting()).isZero();
	}

	@Test
	void waitingSearchesRunInTheOrderTheyCame() throws Exception {
		SearchAdmission admission = new SearchAdmission(1, this.meters);
		CountDownLatch finishFirst = new CountDownLatch(1);
		List<String> order = new CopyOnWriteArrayList<>();
		Future<?> first = this.searchers.submit(() -> admission.inTurn(() -> {
			awaitFinish(finishFirst);
			return order.add("first");
		}));
		await().atMost(LONGEST_WAIT).until(() -> admission.turnsFree() == 0);
		Future<?> second = this.searchers.submit(() -> admission.inTurn(() -> order.add("second")));
		await().atMost(LONGEST_WAIT).until(() -> waiting() >= 1);
		Future<?> third = this.searchers.submit(() -> admission.inTurn(() -> order.add("third")));
		await().atMost(LONGEST_WAIT).until(() -> waiting() >= 2);
		finishFirst.countDown();
		for (Future<?> search : List.of(first, second, third)) {
			search.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		assertThat(order).containsExactly("first", "second", "third");
	}

	@Test
	void aSearchThatFailsGivesItsTurnBack() {
		SearchAdmission admission = new SearchAdmission(1, this.meters);
		assertThatIllegalStateException().isThrownBy(() -> admission.inTurn(() -> {
			throw new IllegalStateException("index closed");
		}));
		assertThat(assertTimeoutPreemptively(LONGEST_WAIT, () -> admission.inTurn(() -> "next"))).isEqualTo("next");
	}

	@Test
	void unsetItIsOneSearchAProcessor() {
		assertThat(new SearchAdmission(0, this.meters).concurrency())
			.isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(new SearchAdmission(3, new SimpleMeterRegistry()).concurrency()).isEqualTo(3);
	}

	/** The searches waiting for a turn, as the metrics show them. */
	private double waiting() {
		return this.meters.get("library.search.waiting").gauge().value();
	}

	private static void awaitFinish(CountDownLatch latch) {
		try {
			assertThat(latch.await(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)).as("told to finish").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
