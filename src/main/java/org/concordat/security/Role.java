package org.concordat.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in principal may do. {@code viewer}, {@code contact-viewer}, {@code editor} and {@code admin}
 * each include the ones before; {@code operator} stands apart (health details and metrics only, for a scraper
 * that must hold no other right), and {@code admin} includes it too. An {@code editor}'s rights are limited to
 * the forces it is granted (see {@link Grants}).
 */
public enum Role {

	VIEWER("viewer"), CONTACT_VIEWER("contact-viewer"), EDITOR("editor"), ADMIN("admin"), OPERATOR("operator");

	/** Spring Security's authority prefix for roles: {@code hasRole("VIEWER")} checks {@code ROLE_VIEWER}. */
	static final String PREFIX = "ROLE_";

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The role's name in the API, the README and identity-provider claims, e.g. {@code contact-viewer}. */
	public String label() {
		return label;
	}

	public String authority() {
		return PREFIX + name();
	}

	/** This role and every role it includes. */
	public Set<Role> reachable() {
		return switch (this) {
			case VIEWER -> EnumSet.of(VIEWER);
			case CONTACT_VIEWER -> EnumSet.of(VIEWER, CONTACT_VIEWER);
			case EDITOR -> EnumSet.of(VIEWER, CONTACT_VIEWER, EDITOR);
			case ADMIN -> EnumSet.allOf(Role.class);
			case OPERATOR -> EnumSet.of(OPERATOR);
		};
	}

	/** The role a label (case-insensitive, {@code contact-viewer} or {@code contact_viewer}) names, if any. */
	public static Optional<Role> fromLabel(String label) {
		if (label == null) {
			return Optional.empty();
		}
		String key = label.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (Role role : values()) {
			if (role.label.equals(key)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** Every role the given ones include, as a set. */
	public static Set<Role> expand(Iterable<Role> roles) {
		Set<Role> all = EnumSet.noneOf(Role.class);
		roles.forEach(role -> all.addAll(role.reachable()));
		return all;
	}
}
