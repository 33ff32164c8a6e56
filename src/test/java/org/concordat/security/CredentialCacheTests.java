package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class CredentialCacheTests {

	private static SecuritySettings settings(Duration cache) {
		return new SecuritySettings(false, null, false, cache, new SecuritySettings.SignIn(5, Duration.ofMinutes(15)),
				new SecuritySettings.Claims("preferred_username", "roles", "forces", null),
				new SecuritySettings.Cors(null),
				new SecuritySettings.Tokens(Duration.ofDays(90), Duration.ofDays(365)));
	}

	private final Authentication alice = UsernamePasswordAuthenticationToken.authenticated("alice", null, List.of());

	@Test
	void aVerifiedCredentialIsCheckedOnceWithinItsLifetime() {
		CredentialCache cache = new CredentialCache(settings(Duration.ofMinutes(1)));
		AtomicInteger checks = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			assertThat(cache.verified("password", "alice\0secret", () -> {
				checks.incrementAndGet();
				return Mono.just(alice);
			}).block()).isSameAs(alice);
		}
		assertThat(checks).hasValue(1);
		cache.forget("bob");
		cache.verified("password", "alice\0secret", () -> {
			checks.incrementAndGet();
			return Mono.just(alice);
		}).block();
		assertThat(checks).hasValue(1);
		cache.forget("alice");
		cache.verified("password", "alice\0secret", () -> {
			checks.incrementAndGet();
			return Mono.just(alice);
		}).block();
		assertThat(checks).hasValue(2);
	}

	@Test
	void aRefusedCredentialIsNeverRemembered() {
		CredentialCache cache = new CredentialCache(settings(Duration.ofMinutes(1)));
		AtomicInteger checks = new AtomicInteger();
		for (int i = 0; i < 2; i++) {
			Mono<Authentication> result = cache.verified("password", "alice\0wrong", () -> {
				checks.incrementAndGet();
				return Mono.error(new BadCredentialsException("no"));
			});
			assertThat(result.onErrorResume(e -> Mono.empty()).block()).isNull();
		}
		assertThat(checks).hasValue(2);
	}

	@Test
	void aZeroLifetimeTurnsTheCacheOff() {
		CredentialCache cache = new CredentialCache(settings(Duration.ZERO));
		AtomicInteger checks = new AtomicInteger();
		for (int i = 0; i < 2; i++) {
			cache.verified("password", "alice\0secret", () -> {
				checks.incrementAndGet();
				return Mono.just(alice);
			}).block();
		}
		assertThat(checks).hasValue(2);
	}

	@Test
	void requestsWithOneCredentialAtTheSameMomentShareOneCheck() {
		CredentialCache cache = new CredentialCache(settings(Duration.ofMinutes(1)));
		AtomicInteger checks = new AtomicInteger();
		Sinks.One<Authentication> answer = Sinks.one();
		List<CompletableFuture<Authentication>> waiting = IntStream.range(0, 64)
			.mapToObj(i -> cache.verified("password", "alice\0secret", () -> {
				checks.incrementAndGet();
				return answer.asMono();
			}).toFuture())
			.toList();
		assertThat(checks).hasValue(1);
		assertThat(waiting).noneMatch(CompletableFuture::isDone);
		answer.tryEmitValue(alice);
		assertThat(waiting).allSatisfy(result -> assertThat(result.join()).isSameAs(alice));
		assertThat(cache.verified("password", "alice\0secret", () -> {
			checks.incrementAndGet();
			return Mono.just(alice);
		}).block()).isSameAs(alice);
		assertThat(checks).hasValue(1);
	}

	@Test
	void aRefusalSharedByRequestsAtTheSameMomentIsNotRemembered() {
		CredentialCache cache = new CredentialCache(settings(Duration.ofMinutes(1)));
		AtomicInteger checks = new AtomicInteger();
		Sinks.One<Authentication> answer = Sinks.one();
		List<CompletableFuture<Authentication>> waiting = IntStream.range(0, 8)
			.mapToObj(i -> cache.verified("password", "alice\0wrong", () -> {
				checks.incrementAndGet();
				return answer.asMono();
			}).toFuture())
			.toList();
		answer.tryEmitError(new BadCredentialsException("no"));
		assertThat(waiting).allSatisfy(result -> assertThat(result).isCompletedExceptionally());
		assertThat(checks).hasValue(1);
		assertThat(cache.verified("password", "alice\0wrong", () -> {
			checks.incrementAndGet();
			return Mono.error(new BadCredentialsException("no"));
		}).onErrorResume(e -> Mono.empty()).block()).isNull();
		assertThat(checks).hasValue(2);
	}
}
