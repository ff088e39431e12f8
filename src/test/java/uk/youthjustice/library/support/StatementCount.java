package uk.youthjustice.library.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements a request prepares, by Hibernate's statistics. They count every
 * thread's statements, and the library's scheduled jobs (extraction, publishing, download
 * counts) run their own now and then; so the request is made three times and the fewest
 * count taken. A statement the request itself makes shows in all three.
 */
public final class StatementCount {

	private static final int TRIES = 3;

	private StatementCount() {
	}

	public static long fewest(EntityManagerFactory entityManagerFactory, Runnable request) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < TRIES; i++) {
			statistics.clear();
			request.run();
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

}
