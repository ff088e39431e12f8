package uk.youthjustice.library.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean the database went away, and so answer 503 rather than 500. */
class DatabaseUnavailableTests {

	@Test
	void aRollbackFailedOnAClosedConnectionIsALostConnection() {
		JpaSystemException rollback = new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("Connection is closed", "08003")));
		assertThat(DatabaseUnavailable.lostConnection(rollback)).isTrue();
	}

	@Test
	void aRollbackOnAConnectionHikariClosedIsALostConnection() {
		JpaSystemException rollback = new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailable.lostConnection(rollback)).isTrue();
	}

	@Test
	void aTransactionFailureWhoseApplicationExceptionLostTheConnectionIsOne() {
		TransactionSystemException failure = new TransactionSystemException("Could not roll back");
		failure.initApplicationException(new SQLException("An I/O error occurred", "08006"));
		assertThat(DatabaseUnavailable.lostConnection(failure)).isTrue();
	}

	@Test
	void connectionFailuresWrappedInARequestFailureAreFound() {
		RuntimeException wrapped = new RuntimeException("Request processing failed",
				new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
						new java.sql.SQLTransientConnectionException("Connection is not available")));
		assertThat(DatabaseUnavailable.lostConnection(wrapped)).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseUnavailable.lostConnection(
				new JpaSystemException(new RuntimeException(new SQLException("duplicate key value", "23505")))))
			.isFalse();
		assertThat(DatabaseUnavailable.lostConnection(new JpaSystemException(new RuntimeException("no SQL state"))))
			.isFalse();
	}

	@Test
	void theOpenDataApiAnswersAProblemDocumentAndPagesTheErrorPage() throws Exception {
		Exception lost = new CannotCreateTransactionException("no connection", new SQLException("refused", "08001"));

		MockHttpServletResponse api = resolve("/api/v1/resources", lost);
		MockHttpServletResponse page = resolve("/contacts", lost);

		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getHeader("Retry-After")).isEqualTo("30");
		assertThat(api.getContentAsString()).isEqualTo(DatabaseUnavailable.API_PROBLEM);
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getErrorMessage()).isNull();
		assertThat(page.getContentAsString()).isEmpty();
		assertThat(page.isCommitted()).isTrue();
	}

	private static MockHttpServletResponse resolve(String path, Exception failure) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(new DatabaseUnavailable().resolveException(new MockHttpServletRequest("GET", path), response, null,
				failure))
			.isNotNull();
		return response;
	}

}
