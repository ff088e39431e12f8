package uk.youthjustice.library.search.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import uk.youthjustice.library.support.TestDatabase;

/**
 * Holds PostgreSQL's strongest lock on the attachment table, so that a rebuild stops at
 * its first resource (the attachment text binder reads that table for every resource)
 * until the test lets it go on: a rebuild of the small demo library otherwise ends before
 * a test can see it running. Nothing else a page or start-up needs reads the table.
 */
final class AttachmentTableLock implements AutoCloseable {

	private final Connection connection;

	private AttachmentTableLock(Connection connection) throws SQLException {
		this.connection = connection;
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table attachment in access exclusive mode");
		}
	}

	static AttachmentTableLock hold(DataSource dataSource) throws SQLException {
		return new AttachmentTableLock(dataSource.getConnection());
	}

	static AttachmentTableLock hold(String url) throws SQLException {
		return new AttachmentTableLock(DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password()));
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
