package uk.youthjustice.library.system;

import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts {@link ContainerErrorPage} in place of Tomcat's own error valve, and behind Spring
 * Security's firewall, with its words from the message bundles.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPageConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPage(MessageSource messages) {
		String page = page(messages);
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				// The host adds a valve of this class only if it has none: ours counts.
				host.setErrorReportValveClass(ContainerErrorPage.class.getName());
				install((Host) host, page);
			}
		});
	}

	/**
	 * Spring Security's firewall refusals: the same page and headers (its default handler
	 * sends a bare 400 before the header filters run).
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages) {
		String page = page(messages);
		return (request, response, exception) -> ContainerErrorPage.refuse(request, response, page);
	}

	private static void install(Host host, String page) {
		for (var valve : host.getPipeline().getValves()) {
			if (valve instanceof ContainerErrorPage) {
				return;
			}
		}
		host.getPipeline().addValve(new ContainerErrorPage(page));
	}

	/** A plain GOV.UK-styled page: the heading, what to do, a link home. */
	static String page(MessageSource messages) {
		Locale locale = Locale.UK;
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.400.title", null, locale));
		String heading = HtmlUtils.htmlEscape(messages.getMessage("error.400.heading", null, locale));
		String body = HtmlUtils.htmlEscape(messages.getMessage("error.400.body", null, locale));
		String home = HtmlUtils.htmlEscape(messages.getMessage("error.home-link", null, locale));
		return """
				<!DOCTYPE html>
				<html lang="en-GB" class="govuk-template">
				<head><meta charset="utf-8"><title>%s</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"></head>
				<body class="govuk-template__body"><div class="govuk-width-container">
				<main class="govuk-main-wrapper" id="main-content"><h1 class="govuk-heading-l">%s</h1>
				<p class="govuk-body">%s</p><p class="govuk-body"><a class="govuk-link" href="/">%s</a></p>
				</main></div></body></html>
				""".formatted(title, heading, body, home);
	}

}
