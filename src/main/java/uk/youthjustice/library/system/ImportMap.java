package uk.youthjustice.library.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The page layout's import map, which gives library.js the fingerprinted addresses of
 * GOV.UK Frontend and the library's own modules. It is an inline script, so the
 * Content-Security-Policy allows it by the hash of its exact text, {@link #sourceHash()},
 * rather than by a nonce: a nonce changes with every response, and a page answered with
 * 304 Not Modified would keep the old one. The text is made once, on first use (the
 * resource chain is ready only once the application has started), and never changes while
 * the application runs.
 */
@Component
public class ImportMap {

	/** What library.js imports, by the name it imports it under. */
	static final Map<String, String> MODULES = modules();

	private static Map<String, String> modules() {
		Map<String, String> modules = new LinkedHashMap<>();
		modules.put("govuk-frontend", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js");
		modules.put("library/add-another", "/assets/js/add-another.js");
		modules.put("library/markdown-preview", "/assets/js/markdown-preview.js");
		modules.put("library/reveal", "/assets/js/reveal.js");
		modules.put("library/upload-progress", "/assets/js/upload-progress.js");
		modules.put("library/reindex-progress", "/assets/js/reindex-progress.js");
		return Collections.unmodifiableMap(modules);
	}

	private final Supplier<String> json;

	private final Supplier<String> sourceHash;

	ImportMap(ResourceUrlProvider resourceUrls, ServletContext servletContext) {
		this.json = SingletonSupplier.of(() -> json(fingerprinted(resourceUrls, servletContext.getContextPath())));
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

	private static Map<String, String> fingerprinted(ResourceUrlProvider resourceUrls, String contextPath) {
		Map<String, String> urls = new LinkedHashMap<>();
		MODULES.forEach((name, path) -> {
			String url = resourceUrls.getForLookupPath(path);
			urls.put(name, contextPath + ((url != null) ? url : path));
		});
		return urls;
	}

	/** The import map's text for the given module addresses, by import name. */
	static String json(Map<String, String> urls) {
		// A URL from the resource chain is a plain path; anything that would need
		// escaping in JSON or end the script element is refused rather than escaped.
		urls.values().stream().filter((url) -> !url.matches("[A-Za-z0-9/._~%-]+")).findFirst().ifPresent((url) -> {
			throw new IllegalStateException("Unexpected characters in " + url);
		});
		return urls.entrySet()
			.stream()
			.map((entry) -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
			.collect(Collectors.joining(",", "{\"imports\":{", "}}"));
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
