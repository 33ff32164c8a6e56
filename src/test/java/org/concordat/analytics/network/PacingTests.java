package org.concordat.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PacingTests {

	private final Pacing pacing = new Pacing(Duration.ofSeconds(2), Duration.ofMinutes(5));

	@Test
	void cheapWorkWaitsAsLongAsItTookAndCostlyWorkWaitsTheQuietCap() {
		assertThat(pacing.spellNanos(3_000_000)).isEqualTo(3_000_000); // 3 ms of work, 3 ms of quiet
		assertThat(pacing.spellNanos(1_500_000_000)).isEqualTo(1_500_000_000);
		assertThat(pacing.spellNanos(40_000_000_000L)).isEqualTo(2_000_000_000); // alliances: capped at 2 s
		assertThat(pacing.spellNanos(0)).isZero(); // never worked out yet
	}

	@Test
	void startsWhenNoNewerVersionCameDuringTheSpell() {
		assertThat(pacing.starts(false, 0)).isTrue();
	}

	@Test
	void aNewerVersionHoldsTheStartBackUntilTheLastStartIsOverdue() {
		assertThat(pacing.starts(true, Duration.ofMinutes(4).toNanos())).isFalse();
		assertThat(pacing.starts(true, Duration.ofMinutes(5).toNanos())).isFalse();
		assertThat(pacing.starts(true, Duration.ofMinutes(5).plusNanos(1).toNanos())).isTrue();
	}
}
