package org.concordat.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A local account signed in with an API token issued for it (not its password). */
public final class TokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final String tokenId;

	public TokenAuthentication(String username, String tokenId, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.username = username;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	/** Which of the account's tokens was used (its id, never the token itself). */
	public String tokenId() {
		return tokenId;
	}
}
