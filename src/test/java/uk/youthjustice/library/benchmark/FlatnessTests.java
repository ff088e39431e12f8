package uk.youthjustice.library.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FlatnessTests {

	@Test
	void aSteadyClimbIsNotFlat() {
		List<Double> leaking = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			leaking.add(100.0 + 2 * i);
		}

		Flatness flatness = Flatness.ofSeries(leaking, 0.10, 10);

		assertThat(flatness.flat()).isFalse();
		assertThat(flatness.before()).isEqualTo(114.0);
		assertThat(flatness.after()).isEqualTo(204.0);
	}

	@Test
	void noiseAndOneSpikeAtTheEndAreFlat() {
		List<Double> steady = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			steady.add((i % 2 == 0) ? 95.0 : 105.0);
		}
		steady.set(59, 400.0);

		assertThat(Flatness.ofSeries(steady, 0.10, 10).flat()).isTrue();
	}

	@Test
	void smallValuesAreJudgedByTheFloorNotTheShare() {
		assertThat(Flatness.compare(40, 48, 0.10, 10).flat()).as("+8 file descriptors on 40").isTrue();
		assertThat(Flatness.compare(40, 51, 0.10, 10).flat()).as("+11 file descriptors on 40").isFalse();
		assertThat(Flatness.compare(400, 439, 0.10, 10).flat()).as("+39 on 400, 10% allowed").isTrue();
	}

	@Test
	void quartersNeedFourSamples() {
		assertThatIllegalArgumentException().isThrownBy(() -> Flatness.ofSeries(List.of(1.0, 2.0, 3.0), 0.1, 1));
	}

}
