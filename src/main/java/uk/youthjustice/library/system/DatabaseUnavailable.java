package uk.youthjustice.library.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, every page that needs it answers 503 with the
 * friendly page {@code error/503.html} and a {@code Retry-After}, rather than a 500. A
 * request waits for a connection at most
 * {@code spring.datasource.hikari.connection-timeout} (docs/decisions/0025), so it fails
 * fast. A form sent meanwhile was not saved: the page says so, and how to get the typed
 * text back. The open data API answers a problem document instead of the page.
 * <p>
 * A resolver of its own, ahead of controller advice, rather than an exception handler: it
 * looks through every cause, and leaves any other failure, untouched, to the handlers
 * that follow (the open data API's problem details among them).
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * Request attribute the 503 page reads: the request sent a form that was not saved.
	 */
	static final String FORM_NOT_SAVED = "formNotSaved";

	/**
	 * What Hikari says, with no SQL state, of a connection it has already closed because
	 * the database broke it: the rollback after a query cut off by an outage says this.
	 */
	private static final String HIKARI_CLOSED = "Connection is closed";

	/**
	 * What the open data API answers instead of the page: a problem document, as for its
	 * other errors.
	 */
	static final String API_PROBLEM = """
			{"type":"about:blank","title":"Service Unavailable","status":503,\
			"detail":"The library cannot reach its database. Try again in 30 seconds."}""";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!lostConnection(ex) || response.isCommitted()) {
			return null;
		}
		log.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
				rootMessage(ex));
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			request.setAttribute(FORM_NOT_SAVED, Boolean.TRUE);
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			if (request.getRequestURI().startsWith("/api/")) {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write(API_PROBLEM);
			}
			else {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
		catch (IOException sendFailed) {
			throw new UncheckedIOException(sendFailed);
		}
		return new ModelAndView();
	}

	/**
	 * Whether a failure means the database went away: Spring's and Hibernate's connection
	 * failures, Hikari's wait for a connection running out, or an SQL connection error
	 * (state class 08, or Hikari's closed connection) among the causes. A connection cut
	 * mid-transaction makes the rollback fail too, and the rollback's failure is what is
	 * thrown, with the first failure only in a {@link TransactionSystemException}'s
	 * application exception, or not at all.
	 */
	static boolean lostConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| HIKARI_CLOSED.equals(sql.getMessage()))) {
				return true;
			}
			if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
					&& lostConnection(transaction.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		// After Spring Boot's DefaultErrorAttributes (first), which only records the
		// failure; before the exception handlers.
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String state = (cause instanceof SQLException sql && sql.getSQLState() != null) ? " [" + sql.getSQLState() + "]"
				: "";
		return cause + state;
	}

}
