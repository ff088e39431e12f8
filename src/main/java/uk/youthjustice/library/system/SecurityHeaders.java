package uk.youthjustice.library.system;

/**
 * Header values every answer carries, whichever filter chain or container part writes it:
 * the library's own chain, the open data API's chain, and Tomcat's page for a request it
 * refuses before the application sees it.
 */
public final class SecurityHeaders {

	/** Features the library never uses, switched off for it and anything it embeds. */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	/** The other sites a link leads to learn only that it came from the library. */
	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

}
