package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.concordat.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The credential cache's background check ({@link CredentialCache}) through the app's own sign-in: an HTTP Basic
 * client in steady use has its password checked again, by the same manager, throttle and database read as any
 * sign-in, before its first check expires, and no request of its waits for that check. A lifetime of 6 s, so its
 * last quarter begins at 4.5 s; every password check is timed by a wrapper around the app's encoder.
 */
@TestPropertySource(properties = { "concordat.security.credential-cache=6s",
		// a context of its own, so a database of its own
		"concordat.embedded.home=target/neo4j-test-credential-check" })
@Import(CredentialCheckAgainTests.TimedPasswordChecks.class)
class CredentialCheckAgainTests extends ApiTest {

	private static final String PASSWORD = "steady-client-password";

	/** When each check of {@link #PASSWORD} began, by {@link System#nanoTime()}. */
	static final List<Long> CHECKS = new CopyOnWriteArrayList<>();

	@TestConfiguration
	static class TimedPasswordChecks {

		@Bean
		static BeanPostProcessor timePasswordChecks() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof PasswordEncoder encoder ? timed(encoder) : bean;
				}
			};
		}

		private static PasswordEncoder timed(PasswordEncoder encoder) {
			return new PasswordEncoder() {
				@Override
				public String encode(CharSequence raw) {
					return encoder.encode(raw);
				}

				@Override
				public boolean matches(CharSequence raw, String encoded) {
					if (PASSWORD.contentEquals(raw)) {
						CHECKS.add(System.nanoTime());
					}
					return encoder.matches(raw, encoded);
				}

				@Override
				public boolean upgradeEncoding(String encoded) {
					return encoder.upgradeEncoding(encoded);
				}
			};
		}
	}

	@Test
	void aClientInSteadyUseHasItsPasswordCheckedAgainBeforeItsCheckExpires() throws InterruptedException {
		web.delete().uri("/api/accounts/steady-client").exchange(); // accounts outlive a test run's register
		web.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "steady-client", "password", PASSWORD, "roles", List.of("viewer")))
			.exchange().expectStatus().isCreated();
		var client = as("steady-client", PASSWORD);
		CHECKS.clear();
		long start = System.nanoTime();
		client.get().uri("/api/forces").exchange().expectStatus().isOk(); // checked, and remembered for 6 s
		sleepUntil(start, Duration.ofMillis(4_600)); // in the last quarter: answered from that check, checked again
		client.get().uri("/api/forces").exchange().expectStatus().isOk();
		sleepUntil(start, Duration.ofMillis(7_000)); // the first check has expired; the second answers
		client.get().uri("/api/forces").exchange().expectStatus().isOk();

		assertThat(CHECKS).hasSize(2);
		assertThat(Duration.ofNanos(CHECKS.get(1) - start)).as("begun by the request at 4.6 s, before 6 s")
			.isBetween(Duration.ofMillis(4_600), Duration.ofMillis(6_000));
	}

	private static void sleepUntil(long start, Duration after) throws InterruptedException {
		long left = start + after.toNanos() - System.nanoTime();
		if (left > 0) {
			Thread.sleep(Duration.ofNanos(left));
		}
	}
}
