package org.concordat.security;

import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Verifies the API tokens issued for local accounts (the accounts package keeps them). Bearer tokens that
 * start with {@link #PREFIX} are local; any other bearer token is a JWT from the identity provider.
 */
public interface LocalTokens {

	String PREFIX = "cct_";

	/** A {@link TokenAuthentication}, or an error (BadCredentialsException) when the token is unknown, expired or its account disabled. */
	Mono<Authentication> authenticate(String token);
}
