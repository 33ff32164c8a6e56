package org.concordat.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * What one principal holds: its roles (already expanded, so {@code admin} also holds {@code viewer}) and the
 * forces its {@code editor} role applies to. Every way of signing in (local password, local token, OpenID
 * Connect, bearer JWT, anonymous with public read) turns into the same authorities, {@code ROLE_*} and
 * {@code FORCE_*}, so every check reads them the same way.
 *
 * @param name who, as the sign-in named them (a local account's username, or the identity provider's claim)
 * @param signedIn false for an anonymous client (which holds {@code viewer} only with public read)
 */
public record Grants(String name, Set<Role> roles, Set<String> forces, boolean signedIn) {

	static final String FORCE_PREFIX = "FORCE_";

	/** No security context at all: nothing is granted. */
	public static final Grants NONE = new Grants("nobody", Set.of(), Set.of(), false);

	public Grants {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		forces = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(forces));
	}

	/** The authorities to grant for these roles (expanded) and forces. */
	public static List<GrantedAuthority> authorities(Collection<Role> roles, Collection<String> forces) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		Role.expand(roles).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		new TreeSet<>(forces).forEach(force -> authorities.add(new SimpleGrantedAuthority(FORCE_PREFIX + force)));
		return authorities;
	}

	public static Grants of(Authentication authentication) {
		if (authentication == null) {
			return NONE;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> forces = new TreeSet<>();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			if (authority == null) {
				continue;
			}
			if (authority.startsWith(Role.PREFIX)) {
				for (Role role : Role.values()) {
					if (authority.equals(role.authority())) {
						roles.add(role);
					}
				}
			}
			else if (authority.startsWith(FORCE_PREFIX)) {
				forces.add(authority.substring(FORCE_PREFIX.length()));
			}
		}
		boolean signedIn = authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
		return new Grants(authentication.getName(), roles, forces, signedIn);
	}

	/** The grants of whoever the current request acts for; {@link #NONE} outside any request. */
	public static Mono<Grants> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.map(Grants::of)
			.defaultIfEmpty(NONE);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Names, contact details and other personal fields of people: {@code contact-viewer} and above. */
	public boolean seesPersonalData() {
		return has(Role.CONTACT_VIEWER);
	}

	/** Whether this principal may edit what belongs to the force: an admin, or an editor granted the force. */
	public boolean mayEditFor(String force) {
		return has(Role.ADMIN) || (has(Role.EDITOR) && force != null && forces.contains(force));
	}

	/** The roles as their API labels, for answers such as {@code GET /api/account}. */
	public List<String> roleLabels() {
		return roles.stream().sorted().map(Role::label).toList();
	}
}
