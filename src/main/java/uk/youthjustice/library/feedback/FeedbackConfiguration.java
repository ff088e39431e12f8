package uk.youthjustice.library.feedback;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	/**
	 * Ten messages per client address every ten minutes: more than any reader sends, few
	 * enough that a script cannot fill the editors' inbox.
	 */
	@Bean
	RateLimiter feedbackRateLimiter() {
		return new RateLimiter(10, Duration.ofMinutes(10));
	}

}
