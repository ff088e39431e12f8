package uk.youthjustice.library.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page. A controller that knows better (a listing's
 * page 2, say) adds its own {@code canonicalUrl}.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final String buildVersion;

	private final PublicAddress address;

	private final ImportMap importMap;

	private final String contactEmail;

	// Web slice tests (@WebMvcTest) have controller advice but no components, hence the
	// providers.
	LayoutModelAdvice(ObjectProvider<BuildProperties> buildProperties, ObjectProvider<PublicAddress> address,
			ObjectProvider<ImportMap> importMap,
			@Value("${library.contact-email:enquiries@example.org.uk}") String contactEmail) {
		BuildProperties build = buildProperties.getIfAvailable();
		this.buildVersion = (build != null) ? build.getVersion() : null;
		this.address = address.getIfAvailable();
		this.importMap = importMap.getIfAvailable();
		this.contactEmail = contactEmail;
	}

	/** Where readers write to the library: accessibility requests, the privacy notice. */
	@ModelAttribute("contactEmail")
	String contactEmail() {
		return this.contactEmail;
	}

	/** The import map's text; none in web slice tests, which run no JavaScript. */
	@ModelAttribute("importMap")
	String importMap() {
		return (this.importMap != null) ? this.importMap.json() : null;
	}

	@ModelAttribute("buildVersion")
	String buildVersion() {
		return this.buildVersion;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return (this.address != null) ? this.address.of(request.getRequestURI()) : null;
	}

}
