package uk.youthjustice.library.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The page for a request Tomcat refuses before the application sees it (an encoded slash,
 * backslash or null byte in the path, a malformed request line): the library's own words
 * and security headers instead of Tomcat's page, which names Tomcat and has none. Like
 * Tomcat's valve it writes nothing for a status below 400, for an answer that has a body
 * already, or once the client has gone.
 */
class ContainerErrorPage extends ErrorReportValve {

	/** No script, no form, no framing: the page needs only the stylesheet. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/**
	 * What the open data API answers instead: a problem document, as for its other
	 * errors.
	 */
	static final String API_PROBLEM = """
			{"type":"about:blank","title":"Bad Request","status":400,\
			"detail":"The address has characters the open data API does not accept."}""";

	private final String page;

	/**
	 * @param page the whole HTML page, already in the library's words
	 */
	ContainerErrorPage(String page) {
		this.page = page;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		boolean api = isApi(request.getRequestURI(), status);
		writeHeaders(response, api);
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? API_PROBLEM : this.page);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone: nobody is left to read the page.
		}
	}

	/** Whether the refusal is the open data API's, which answers problem documents. */
	static boolean isApi(String requestUri, int status) {
		return status == 400 && requestUri != null && requestUri.startsWith("/api/");
	}

	/** The security headers and the body's type, on any refusal this page answers. */
	static void writeHeaders(HttpServletResponse response, boolean api) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
		response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(api ? "application/problem+json" : "text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
	}

	/**
	 * Answers a request Spring Security's firewall refused (a line break, a percent sign
	 * or a semicolon where none belongs) the same way: before any filter has written a
	 * header.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
		boolean api = isApi(request.getRequestURI(), HttpServletResponse.SC_BAD_REQUEST);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		writeHeaders(response, api);
		response.getWriter().write(api ? API_PROBLEM : page);
	}

}
