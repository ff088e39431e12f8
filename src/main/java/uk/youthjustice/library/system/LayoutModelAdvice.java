package uk.youthjustice.library.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

	private final String buildVersion;

	LayoutModelAdvice(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties build = buildProperties.getIfAvailable();
		this.buildVersion = (build != null) ? build.getVersion() : null;
	}

	@ModelAttribute("buildVersion")
	String buildVersion() {
		return this.buildVersion;
	}

}
