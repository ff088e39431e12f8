package uk.youthjustice.library.attachments.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which claims on queued files a starting library may take back at once. */
class AbandonedClaimTests {

	private static final long SELF = ProcessHandle.current().pid();

	private static final String NODE = SELF + "@host-a#m3x1";

	@Test
	void aClaimOfThisRunIsNotAbandoned() {
		assertThat(AbandonedClaim.isAbandoned(NODE + "/1a2b3c4d", NODE)).isFalse();
	}

	@Test
	void aClaimOfAnEarlierRunWithTheSamePidIsAbandoned() {
		assertThat(AbandonedClaim.isAbandoned(SELF + "@host-a#k2a9/1a2b3c4d", NODE)).isTrue();
	}

	@Test
	void aClaimOfAProcessThatNoLongerRunsIsAbandoned() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		assertThat(AbandonedClaim.isAbandoned(process.pid() + "@host-a#k2a9/1a2b3c4d", NODE)).isTrue();
	}

	@Test
	void aClaimOfAnotherRunningProcessIsKept() {
		long parent = ProcessHandle.current().parent().orElseThrow().pid();
		assertThat(AbandonedClaim.isAbandoned(parent + "@host-a#k2a9/1a2b3c4d", NODE)).isFalse();
	}

	@Test
	void aClaimFromAnotherMachineIsLeftToTheLease() {
		assertThat(AbandonedClaim.isAbandoned("999999@host-b#k2a9/1a2b3c4d", NODE)).isFalse();
	}

	@Test
	void aClaimWrittenBeforeStartTimesCountsByItsPid() {
		assertThat(AbandonedClaim.isAbandoned(SELF + "@host-a/1a2b3c4d", NODE)).isTrue();
		assertThat(AbandonedClaim.isAbandoned("not a claim", NODE)).isFalse();
	}

}
