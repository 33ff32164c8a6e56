package org.concordat.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns an identity provider's claims (a bearer JWT's, or an OpenID Connect sign-in's ID token and user info)
 * into Concordat's grants: roles from the claim {@code concordat.security.claims.roles}, forces from
 * {@code concordat.security.claims.forces}, each a list or one string of values separated by spaces or
 * commas, reached by a dotted path ({@code realm_access.roles}). A value grants the role of the same label, or
 * the role whose {@code role-values} list it; anything else grants nothing.
 */
@Component
public class ClaimsMapping {

	private final SecuritySettings.Claims claims;

	ClaimsMapping(SecuritySettings settings) {
		this.claims = settings.claims();
	}

	public List<GrantedAuthority> authorities(Map<String, Object> values) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : strings(values, claims.roles())) {
			Role.fromLabel(value).ifPresent(roles::add);
			claims.roleValues().forEach((label, accepted) -> {
				if (accepted.stream().anyMatch(value::equalsIgnoreCase)) {
					Role.fromLabel(label).ifPresent(roles::add);
				}
			});
		}
		return Grants.authorities(roles, strings(values, claims.forces()).stream()
			.map(force -> force.toLowerCase(Locale.ROOT)).toList());
	}

	/** The principal's name: the configured claim, else {@code sub}. */
	public String name(Map<String, Object> values) {
		List<String> named = strings(values, claims.name());
		return named.isEmpty() ? String.valueOf(values.get("sub")) : named.get(0);
	}

	/** For OpenID Connect sign-in: the grants from the ID token's claims and the user info's, together. */
	public Collection<GrantedAuthority> mapOidc(Collection<? extends GrantedAuthority> granted) {
		Set<GrantedAuthority> mapped = new LinkedHashSet<>();
		for (GrantedAuthority authority : granted) {
			if (authority instanceof OidcUserAuthority oidc) {
				mapped.addAll(authorities(oidc.getIdToken().getClaims()));
				if (oidc.getUserInfo() != null) {
					mapped.addAll(authorities(oidc.getUserInfo().getClaims()));
				}
			}
			else if (authority instanceof OAuth2UserAuthority user) {
				mapped.addAll(authorities(user.getAttributes()));
			}
		}
		return mapped;
	}

	static List<String> strings(Map<String, Object> values, String path) {
		Object value = values;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(part);
		}
		List<String> out = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			list.forEach(item -> {
				if (item != null) {
					out.add(item.toString().trim());
				}
			});
		}
		else if (value instanceof String text) {
			for (String item : text.split("[\\s,]+")) {
				if (!item.isBlank()) {
					out.add(item);
				}
			}
		}
		return out;
	}
}
