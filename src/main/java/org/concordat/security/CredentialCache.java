package org.concordat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Remembers, for {@code concordat.security.credential-cache} (60 s by default), the credentials that were
 * verified, so an API client sending its password with every request pays the password hash (~tens of ms by
 * design) once, not on every request. Keys are SHA-256 digests of the credential, never the credential; a
 * change to any account forgets everything, so a changed password, role or disabled account takes effect at
 * once.
 * <p>
 * Requests carrying one credential at the same moment share one check. Without that, when an entry expired under
 * load every request then in flight (up to one per connection) ran the password hash at once: the national bench
 * saw both cores stall for 1–10 s once a minute (docs/scaling.md).
 * <p>
 * A credential used in the last quarter of its lifetime is verified again in the background, with that request's
 * credential, while the request is answered from the check before; a successful check starts a new lifetime, a
 * refusal forgets the credential, and a check that could not be made (the database away) leaves the old one to
 * expire as it would have. So a client in steady use never waits for the hash again, where before every request in
 * flight waited for one check once a lifetime; and no credential is trusted longer than a lifetime after it was
 * last verified, on this instance or (a password changed through another) any other. Not Caffeine's own
 * {@code refreshAfterWrite}: it reloads an entry from its key alone, and the key is a digest, never the credential,
 * so the request that finds the entry due starts the check with its own credential.
 */
@Component
public class CredentialCache {

	/** A check that passed, and when (by the cache's ticker). */
	private record Verified(Authentication who, long atNanos) {
	}

	private final AsyncCache<String, Verified> verified;

	private final boolean enabled;

	private final Ticker ticker;

	/** Three quarters of the lifetime: from then on a use of the credential verifies it again. */
	private final long verifyAgainAfterNanos;

	/** The keys being verified again, so that many requests start one check. */
	private final Set<String> verifyingAgain = ConcurrentHashMap.newKeySet();

	/** Changes with every {@link #forget}: a check begun before one must not put back what it forgot. */
	private long forgotten;

	@Autowired
	CredentialCache(SecuritySettings settings) {
		this(settings.credentialCache(), Ticker.systemTicker());
	}

	/** @param ticker the clock of the entries' lifetimes (a test's own) */
	CredentialCache(Duration lifetime, Ticker ticker) {
		this.enabled = !lifetime.isZero();
		this.ticker = ticker;
		this.verifyAgainAfterNanos = lifetime.toNanos() / 4 * 3;
		this.verified = Caffeine.newBuilder().maximumSize(10_000).ticker(ticker)
			.expireAfterWrite(enabled ? lifetime : Duration.ofMillis(1)).buildAsync();
	}

	/** The cached result for this credential, or {@code verify}'s (remembered when it succeeds). */
	public Mono<Authentication> verified(String kind, String credential, Supplier<Mono<Authentication>> verify) {
		if (!enabled) {
			return verify.get();
		}
		String key = digest(kind + '\u0000' + credential);
		return Mono.defer(() -> {
			CompletableFuture<Verified> mine = new CompletableFuture<>();
			CompletableFuture<Verified> shared = verified.asMap().putIfAbsent(key, mine);
			if (shared == null) {
				// Run outside the map's lock; a refusal or no answer completes the future without a value, which
				// the cache drops, so only a verified credential is remembered.
				verify.get().map(who -> new Verified(who, ticker.read()))
					.subscribe(mine::complete, mine::completeExceptionally, () -> mine.complete(null));
			}
			else if (dueAgain(shared) && verifyingAgain.add(key)) {
				verifyAgain(key, shared, verify);
			}
			// A request that goes away must not cancel the check the others wait for.
			CompletableFuture<Verified> check = shared == null ? mine : shared;
			return Mono.fromFuture(check, true).map(Verified::who);
		});
	}

	private boolean dueAgain(CompletableFuture<Verified> check) {
		Verified done = check.isDone() && !check.isCompletedExceptionally() ? check.join() : null;
		return done != null && ticker.read() - done.atNanos() >= verifyAgainAfterNanos;
	}

	/** The background check of a credential in its last quarter (class comment); {@code before} answers meanwhile. */
	private void verifyAgain(String key, CompletableFuture<Verified> before, Supplier<Mono<Authentication>> verify) {
		long startedAfter;
		synchronized (this) {
			startedAfter = forgotten;
		}
		verify.get().singleOptional().doFinally(signal -> verifyingAgain.remove(key)).subscribe(who -> {
			if (who.isEmpty()) {
				verified.asMap().remove(key, before); // refused
				return;
			}
			synchronized (this) {
				if (forgotten == startedAfter) {
					verified.put(key, CompletableFuture.completedFuture(new Verified(who.get(), ticker.read())));
				}
			}
		}, e -> {
			if (e instanceof AuthenticationException) {
				verified.asMap().remove(key, before);
			}
		});
	}

	/** Forgets what was verified for this account: called whenever the account or one of its tokens changes. */
	public void forget(String username) {
		synchronized (this) {
			forgotten++;
			// Checks still running are dropped too: one may have begun with what the account was before the change.
			verified.asMap().values().removeIf(check -> !check.isDone() || check.isCompletedExceptionally()
					|| check.join() == null || check.join().who().getName().equals(username));
		}
	}

	static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
