package uk.youthjustice.library.opendata;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The open data API’s errors, each an {@code application/problem+json} document (RFC
 * 9457), never a page: refused parameters (400, naming each), nothing public at an
 * address (404), Spring MVC’s own refusals, and anything unexpected (500, without
 * details).
 */
@RestControllerAdvice(assignableTypes = OpenDataController.class)
class OpenDataProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(OpenDataProblems.class);

	@ExceptionHandler
	ResponseEntity<Object> invalidParameters(InvalidParametersException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"One or more query parameters cannot be used: see errors.");
		problem.setTitle("Invalid query parameters");
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.map((error) -> Map.of("parameter", error.parameter(), "detail", error.detail()))
					.toList());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(OpenDataController.NotFoundException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Nothing public is at this address.");
		problem.setTitle("Not found");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		logger.error("Open data API request failed", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Try again later.");
		problem.setTitle("Internal server error");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/** Every problem as problem JSON, whatever the client said it accepts. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		problemHeaders.setCacheControl("no-store");
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

}
