package uk.youthjustice.library.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of sign-ins: written for every attempt, read by administrators, and kept
 * for {@link #RETENTION} as the privacy notice promises.
 */
@Service
@Transactional(readOnly = true)
class SignInRecords {

	/** The privacy notice says 12 months (information.privacy.retention.sign-ins). */
	static final Duration RETENTION = Duration.ofDays(365);

	static final int PAGE_SIZE = 50;

	private static final Logger log = LoggerFactory.getLogger(SignInRecords.class);

	private final SignInAttemptRepository attempts;

	private final UserAccountRepository users;

	private final Clock clock;

	SignInRecords(SignInAttemptRepository attempts, UserAccountRepository users, Clock clock) {
		this.attempts = attempts;
		this.users = users;
		this.clock = clock;
	}

	@Transactional
	void record(String typedUsername, SignInOutcome outcome, String clientAddress, String userAgent) {
		String username = SignInAttempt.usernameOf(typedUsername);
		Instant now = this.clock.instant();
		Long accountId = this.users.findIdByEmail(username).orElse(null);
		this.attempts.save(new SignInAttempt(now, username, accountId, outcome, clientAddress, userAgent));
		if (outcome == SignInOutcome.SUCCESS && accountId != null) {
			this.users.recordSignIn(accountId, now);
		}
	}

	/** One page of attempts, newest first; {@code page} counts from 1. */
	Page<SignInAttempt> page(int page) {
		return this.attempts.newestFirst(PageRequest.of(Math.max(0, page - 1), PAGE_SIZE));
	}

	/** Every night, forgets attempts older than {@link #RETENTION}. */
	@Scheduled(cron = "0 17 3 * * *", zone = "Europe/London")
	@Transactional
	public void purge() {
		int deleted = this.attempts.deleteOlderThan(this.clock.instant().minus(RETENTION));
		if (deleted > 0) {
			log.info("Deleted {} sign-in records older than {} days.", deleted, RETENTION.toDays());
		}
	}

}
