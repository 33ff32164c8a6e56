package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTests {

	/** A clock the test moves by hand. */
	private static final class Hand extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void afterTheFreeFailuresTheWaitDoublesUpToTheLongestAndASuccessClearsIt() {
		Hand clock = new Hand();
		SignInThrottle throttle = new SignInThrottle(3, Duration.ofSeconds(5), clock);
		for (int i = 0; i < 2; i++) {
			throttle.failed("Alice");
			throttle.check("alice").block(); // no wait yet
		}
		throttle.failed("alice"); // the third: wait 1 s
		assertThatThrownBy(() -> throttle.check("alice").block()).isInstanceOf(SignInThrottle.Throttled.class)
			.satisfies(e -> assertThat(((SignInThrottle.Throttled) e).retryAfterSeconds()).isEqualTo(1));
		throttle.check("bob").block(); // another username is not slowed
		clock.now = clock.now.plusMillis(1_001);
		throttle.check("alice").block();
		throttle.failed("alice"); // 2 s
		throttle.failed("alice"); // 4 s
		throttle.failed("alice"); // 8 s, but at most 5
		assertThatThrownBy(() -> throttle.check("alice").block())
			.satisfies(e -> assertThat(((SignInThrottle.Throttled) e).retryAfterSeconds()).isEqualTo(5));
		clock.now = clock.now.plusSeconds(5);
		throttle.check("alice").block();
		throttle.succeeded("alice");
		throttle.failed("alice");
		throttle.check("alice").block(); // counting from zero again
	}
}
