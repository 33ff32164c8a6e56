package org.concordat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.core.Authentication;
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
 */
@Component
public class CredentialCache {

	private final AsyncCache<String, Authentication> verified;

	private final boolean enabled;

	CredentialCache(SecuritySettings settings) {
		this.enabled = !settings.credentialCache().isZero();
		this.verified = Caffeine.newBuilder().maximumSize(10_000)
			.expireAfterWrite(enabled ? settings.credentialCache() : java.time.Duration.ofMillis(1)).buildAsync();
	}

	/** The cached result for this credential, or {@code verify}'s (remembered when it succeeds). */
	public Mono<Authentication> verified(String kind, String credential, Supplier<Mono<Authentication>> verify) {
		if (!enabled) {
			return verify.get();
		}
		String key = digest(kind + '\u0000' + credential);
		return Mono.defer(() -> {
			CompletableFuture<Authentication> mine = new CompletableFuture<>();
			CompletableFuture<Authentication> shared = verified.asMap().putIfAbsent(key, mine);
			if (shared == null) {
				// Run outside the map's lock; a refusal or no answer completes the future without a value, which
				// the cache drops, so only a verified credential is remembered.
				verify.get().subscribe(mine::complete, mine::completeExceptionally, () -> mine.complete(null));
			}
			// A request that goes away must not cancel the check the others wait for.
			CompletableFuture<Authentication> check = shared == null ? mine : shared;
			return Mono.fromFuture(check, true);
		});
	}

	/** Forgets what was verified for this account: called whenever the account or one of its tokens changes. */
	public void forget(String username) {
		// Checks still running are dropped too: one may have begun with what the account was before the change.
		verified.asMap().values().removeIf(check -> !check.isDone() || check.isCompletedExceptionally()
				|| check.join() == null || check.join().getName().equals(username));
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
