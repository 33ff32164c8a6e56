package org.concordat.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.concordat.security.CredentialCache;
import org.concordat.security.Grants;
import org.concordat.security.LocalTokens;
import org.concordat.security.SecuritySettings;
import org.concordat.security.TokenAuthentication;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * API tokens for local accounts: {@code cct_} and 43 characters of a random 256-bit value, sent as
 * {@code Authorization: Bearer}. Only the SHA-256 digest is stored (a token has far too much entropy for its
 * digest to be guessed, so a fast hash is enough, unlike a password); each token has a name, an expiry, and
 * can be revoked; disabling or deleting the account stops its tokens.
 */
@Component
class ApiTokens implements LocalTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository repository;

	private final SecuritySettings.Tokens settings;

	private final CredentialCache cache;

	private final AccountAudit audit;

	ApiTokens(AccountRepository repository, SecuritySettings settings, CredentialCache cache, AccountAudit audit) {
		this.repository = repository;
		this.settings = settings.tokens();
		this.cache = cache;
		this.audit = audit;
	}

	/** A token as issued: the only time the token itself is shown. */
	record Issued(String id, String name, String created, String expires, String token) {
	}

	Mono<Issued> issue(String username, String name, Integer days) {
		if (name == null || name.isBlank() || name.length() > 100) {
			return Mono.error(new InvalidInputException("name", "must be 1 to 100 characters, e.g. what uses the token"));
		}
		Duration lifetime = days == null ? settings.defaultLifetime() : Duration.ofDays(days);
		if (days != null && (days < 1 || lifetime.compareTo(settings.longestLifetime()) > 0)) {
			return Mono.error(new InvalidInputException("days", "must be between 1 and " + settings.longestLifetime().toDays()));
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String id = UUID.randomUUID().toString();
		Instant created = Instant.now();
		Instant expires = created.plus(lifetime);
		return audit.transactional(repository.issue(username, id, digest(token), name.strip(), expires)
			.then(audit.token(username, id, null, Map.of("name", name.strip(), "expires", expires.toString()))))
			.thenReturn(new Issued(id, name.strip(), created.toString(), expires.toString(), token));
	}

	Flux<AccountRepository.TokenInfo> list(String username) {
		return repository.tokens(username);
	}

	Mono<Void> revoke(String username, String id) {
		return audit.transactional(repository.tokens(username).filter(t -> t.id().equals(id)).next()
			.flatMap(before -> repository.revoke(username, id)
				.then(audit.token(username, id, Map.of("name", before.name(), "expires", before.expires()), null))
				.thenReturn(true))
			.switchIfEmpty(Mono.error(new NotFoundException("id", "token", id))))
			.then()
			// before the answer leaves (doFinally ran after it: a client could use the revoked credential once more)
			.doOnTerminate(() -> cache.forget(username))
			.doOnCancel(() -> cache.forget(username));
	}

	@Override
	public Mono<Authentication> authenticate(String token) {
		return repository.verify(digest(token))
			.<Authentication>map(holder -> new TokenAuthentication(holder.username(), holder.id(),
					Grants.authorities(AccountUserDetails.roles(holder.roles()), holder.forces())))
			.switchIfEmpty(Mono.error(new BadCredentialsException("unknown, expired or revoked token")));
	}

	static String digest(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
