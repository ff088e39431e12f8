package uk.youthjustice.library.sharing;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.youthjustice.library.feedback.RateLimiter;

@Configuration(proxyBeanMethods = false)
class SharingConfiguration {

	/**
	 * Five practice examples per client address an hour: more than one person shares in a
	 * sitting, few enough that a script cannot bury the moderation queue. A whole office
	 * behind one address shares the allowance, so the refusal keeps what was typed.
	 */
	@Bean
	RateLimiter sharingRateLimiter() {
		return new RateLimiter(5, Duration.ofHours(1));
	}

}
