package uk.youthjustice.library.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The page layout's import map, which gives library.js GOV.UK Frontend's fingerprinted
 * address. It is an inline script, so the Content-Security-Policy allows it by the hash
 * of its exact text, {@link #sourceHash()}, rather than by a nonce: a nonce changes with
 * every response, and a page answered with 304 Not Modified would keep the old one. The
 * text is made once, on first use (the resource chain is ready only once the application
 * has started), and never changes while the application runs.
 */
@Component
public class ImportMap {

	static final String GOVUK_FRONTEND = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js";

	private final Supplier<String> json;

	private final Supplier<String> sourceHash;

	ImportMap(ResourceUrlProvider resourceUrls, ServletContext servletContext) {
		this.json = SingletonSupplier.of(() -> json(servletContext.getContextPath() + fingerprinted(resourceUrls)));
		this.sourceHash = SingletonSupplier.of(() -> sha256(this.json.get()));
	}

	/** The script's text, to be written unescaped and unchanged into the page. */
	public String json() {
		return this.json.get();
	}

	/** The CSP source expression that allows exactly this script: 'sha256-…'. */
	public String sourceHash() {
		return this.sourceHash.get();
	}

	private static String fingerprinted(ResourceUrlProvider resourceUrls) {
		String url = resourceUrls.getForLookupPath(GOVUK_FRONTEND);
		return (url != null) ? url : GOVUK_FRONTEND;
	}

	static String json(String govukFrontendUrl) {
		// A URL from the resource chain is a plain path; anything that would need
		// escaping
		// in JSON or end the script element is refused rather than escaped.
		if (!govukFrontendUrl.matches("[A-Za-z0-9/._~%-]+")) {
			throw new IllegalStateException("Unexpected characters in " + govukFrontendUrl);
		}
		return "{\"imports\":{\"govuk-frontend\":\"" + govukFrontendUrl + "\"}}";
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
