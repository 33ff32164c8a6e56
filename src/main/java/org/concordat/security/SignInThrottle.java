package org.concordat.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Slows down password guessing: after {@code freeFailures} failed sign-ins in a row for one username, every
 * further attempt for it (even with the right password) is refused until a wait has passed, one second after
 * the first extra failure, doubling with each further one up to {@code longestWait}. A success clears the
 * count; so does an hour without failures. Keyed by username, so an attacker who spreads guesses over many
 * addresses is slowed all the same.
 */
@Component
public class SignInThrottle {

	private record Failures(int count, Instant waitUntil) {
	}

	private final Cache<String, Failures> failures;

	private final int freeFailures;

	private final Duration longestWait;

	private final Clock clock;

	@Autowired
	SignInThrottle(SecuritySettings settings) {
		this(settings.signIn().freeFailures(), settings.signIn().longestWait(), Clock.systemUTC());
	}

	SignInThrottle(int freeFailures, Duration longestWait, Clock clock) {
		this.freeFailures = freeFailures;
		this.longestWait = longestWait;
		this.clock = clock;
		this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofHours(1).plus(longestWait))
			.build();
	}

	/** Completes empty when the username may try now; else fails with {@link Throttled}. */
	public Mono<Void> check(String username) {
		return Mono.defer(() -> {
			Failures current = failures.getIfPresent(key(username));
			Instant now = clock.instant();
			if (current != null && current.waitUntil() != null && now.isBefore(current.waitUntil())) {
				long seconds = Math.max(1, (Duration.between(now, current.waitUntil()).toMillis() + 999) / 1000);
				return Mono.error(new Throttled(seconds));
			}
			return Mono.empty();
		});
	}

	public void failed(String username) {
		failures.asMap().compute(key(username), (name, previous) -> {
			int count = previous == null ? 1 : previous.count() + 1;
			Instant waitUntil = null;
			if (count >= freeFailures) {
				int doublings = Math.min(count - freeFailures, 30);
				Duration wait = Duration.ofSeconds(1L << doublings);
				waitUntil = clock.instant().plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
			}
			return new Failures(count, waitUntil);
		});
	}

	public void succeeded(String username) {
		failures.invalidate(key(username));
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	/** Too many failed sign-ins for this username: try again after {@code retryAfterSeconds}. */
	public static final class Throttled extends AuthenticationException {

		private final long retryAfterSeconds;

		Throttled(long retryAfterSeconds) {
			super("too many failed sign-ins for this username; try again in " + retryAfterSeconds + " s");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}
}
