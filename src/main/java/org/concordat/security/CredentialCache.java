package org.concordat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
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
 */
@Component
public class CredentialCache {

	private final Cache<String, Authentication> verified;

	private final boolean enabled;

	CredentialCache(SecuritySettings settings) {
		this.enabled = !settings.credentialCache().isZero();
		this.verified = Caffeine.newBuilder().maximumSize(10_000)
			.expireAfterWrite(enabled ? settings.credentialCache() : java.time.Duration.ofMillis(1)).build();
	}

	/** The cached result for this credential, or {@code verify}'s (remembered when it succeeds). */
	public Mono<Authentication> verified(String kind, String credential, Supplier<Mono<Authentication>> verify) {
		if (!enabled) {
			return verify.get();
		}
		String key = digest(kind + '\u0000' + credential);
		Authentication known = verified.getIfPresent(key);
		if (known != null) {
			return Mono.just(known);
		}
		return verify.get().doOnNext(result -> verified.put(key, result));
	}

	/** Forgets what was verified for this account: called whenever the account or one of its tokens changes. */
	public void forget(String username) {
		verified.asMap().values().removeIf(authentication -> authentication.getName().equals(username));
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
