package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class ThrottlingAuthenticationProviderTests {

	private final SignInThrottle throttle = mock(SignInThrottle.class);

	private final AuthenticationProvider passwordCheck = mock(AuthenticationProvider.class);

	private final ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(this.throttle,
			this.passwordCheck);

	@Test
	void aThrottledAttemptNeverReachesThePasswordCheck() {
		Instant until = Instant.parse("2026-03-14T15:15:00Z");
		given(this.throttle.refusedUntil("editor@example.org", "203.0.113.9")).willReturn(Optional.of(until));

		assertThatExceptionOfType(SignInThrottledException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt(" Editor@Example.org ", "the right password")))
			.satisfies((ex) -> assertThat(ex.getRefusedUntil()).isEqualTo(until));
		verify(this.passwordCheck, never()).authenticate(any());
	}

	@Test
	void anAllowedAttemptIsCheckedAsUsual() {
		given(this.throttle.refusedUntil(any(), any())).willReturn(Optional.empty());
		Authentication attempt = attempt("editor@example.org", "the right password");
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated("editor@example.org", null,
				java.util.List.of());
		given(this.passwordCheck.authenticate(attempt)).willReturn(signedIn);
		assertThat(this.provider.authenticate(attempt)).isSameAs(signedIn);
	}

	@Test
	void anEmptyFormIsNeitherCheckedNorCounted() {
		assertThatExceptionOfType(BlankSignInException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt("", "a password")));
		assertThatExceptionOfType(BlankSignInException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt("editor@example.org", "")));
		verifyNoInteractions(this.throttle, this.passwordCheck);
	}

	@Test
	void failuresAreAuditedByKind() {
		assertThat(SignInAuditor.outcomeOf(new SignInThrottledException(Instant.now())))
			.isEqualTo(SignInOutcome.THROTTLED);
		assertThat(SignInAuditor.outcomeOf(new org.springframework.security.authentication.DisabledException("x")))
			.isEqualTo(SignInOutcome.DISABLED);
		assertThat(
				SignInAuditor.outcomeOf(new org.springframework.security.authentication.BadCredentialsException("x")))
			.isEqualTo(SignInOutcome.BAD_CREDENTIALS);
		assertThat(SignInAuditor.outcomeOf(new BlankSignInException())).isNull();
	}

	private static Authentication attempt(String username, String password) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("User-Agent", "Mozilla/5.0 " + "x".repeat(400));
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new SignInDetails(request));
		return attempt;
	}

}
