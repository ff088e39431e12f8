package uk.youthjustice.library.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;

/**
 * Holds PostgreSQL's strongest lock on the attachment table, so that a rebuild stops at
 * its first resource (the attachment text binder reads that table for every resource)
 * until the test lets it go on: a rebuild of the small demo library otherwise ends before
 * a test can see it running.
 * <p>
 * A search that finds a hit in an attached file reads the table too, and would wait for
 * the lock as long as the test holds it. A rebuild empties the index before it reads its
 * first resource, so a test that searches while it holds the lock first waits
 * ({@link #awaitRebuildHeld()}) until the rebuild is held: from then on search finds
 * nothing that needs the table.
 */
public final class AttachmentTableLock implements AutoCloseable {

	private static final String WAITERS = """
			select count(*) from pg_locks
			where database = (select oid from pg_database where datname = current_database())
			and relation = 'attachment'::regclass and not granted
			and pid in (select pid from pg_stat_activity where backend_type = 'client backend')""";

	private final Connection connection;

	private AttachmentTableLock(Connection connection) throws SQLException {
		this.connection = connection;
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table attachment in access exclusive mode");
		}
	}

	public static AttachmentTableLock hold(DataSource dataSource) throws SQLException {
		return new AttachmentTableLock(dataSource.getConnection());
	}

	public static AttachmentTableLock hold(String url) throws SQLException {
		return new AttachmentTableLock(DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password()));
	}

	/**
	 * Returns once a client (the rebuild: nothing else the test runs reads the table)
	 * waits for the table. PostgreSQL's own workers, such as autovacuum, do not count.
	 */
	public void awaitRebuildHeld() {
		await("the rebuild waiting for the attachment table").atMost(Duration.ofMinutes(1)).until(() -> waiters() > 0);
	}

	private long waiters() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(WAITERS);
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Lets whatever waits for the table go on; again does nothing. */
	@Override
	public void close() throws SQLException {
		if (!this.connection.isClosed()) {
			this.connection.rollback();
			this.connection.close();
		}
	}

}
