package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

	/** A minute's lifetime on a clock the test moves; each check counted in {@code checked}. */
	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger checked = new AtomicInteger();

	private final CredentialCache minute = new CredentialCache(Duration.ofMinutes(1), now::get);

	private Mono<Authentication> signIn(Mono<Authentication> check) {
		return minute.verified("password", "alice\0secret", () -> {
			checked.incrementAndGet();
			return check;
		});
	}

	private void at(int seconds) {
		now.set(Duration.ofSeconds(seconds).toNanos());
	}

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

	@Test
	void aCredentialInSteadyUseIsVerifiedAgainBeforeItExpiresWithoutARequestWaiting() {
		assertThat(signIn(Mono.just(alice)).block()).isSameAs(alice);
		Sinks.One<Authentication> again = Sinks.one();
		at(44);
		assertThat(signIn(again.asMono()).block()).isSameAs(alice);
		assertThat(checked).as("not yet in its last quarter").hasValue(1);
		at(46);
		assertThat(signIn(again.asMono()).toFuture()).as("answered from the check before").isCompletedWithValue(alice);
		assertThat(signIn(again.asMono()).toFuture()).isCompletedWithValue(alice);
		assertThat(checked).as("one check again, however many requests").hasValue(2);
		again.tryEmitValue(alice);
		at(90);
		assertThat(signIn(Mono.just(alice)).toFuture()).as("a new lifetime from 46 s").isCompletedWithValue(alice);
		assertThat(checked).hasValue(2);
		at(107);
		assertThat(signIn(Mono.just(alice)).block()).isSameAs(alice);
		assertThat(checked).as("a lifetime after it was last verified").hasValue(3);
	}

	@Test
	void aCredentialRefusedWhenVerifiedAgainIsForgotten() {
		signIn(Mono.just(alice)).block();
		at(50);
		assertThat(signIn(Mono.error(new BadCredentialsException("changed elsewhere"))).block()).isSameAs(alice);
		at(51);
		assertThat(signIn(Mono.error(new BadCredentialsException("changed elsewhere"))).onErrorResume(e -> Mono.empty())
			.block()).isNull();
		assertThat(checked).hasValue(3);
	}

	@Test
	void aCheckThatCannotBeMadeLeavesTheOldOneToExpireAsItWould() {
		signIn(Mono.just(alice)).block();
		at(50);
		assertThat(signIn(Mono.error(new IllegalStateException("database away"))).block()).isSameAs(alice);
		at(59);
		assertThat(signIn(Mono.error(new IllegalStateException("database away"))).block()).isSameAs(alice);
		at(61);
		assertThat(signIn(Mono.error(new IllegalStateException("database away"))).onErrorResume(e -> Mono.empty())
			.block()).isNull();
		assertThat(checked).hasValue(4);
	}

	@Test
	void aChangeToTheAccountWhileItIsVerifiedAgainIsNotUndoneByThatCheck() {
		signIn(Mono.just(alice)).block();
		Sinks.One<Authentication> again = Sinks.one();
		at(50);
		signIn(again.asMono()).block();
		minute.forget("alice");
		again.tryEmitValue(alice); // begun with the account as it was before the change
		at(51);
		signIn(Mono.just(alice)).block();
		assertThat(checked).hasValue(3);
	}
}
