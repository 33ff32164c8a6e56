package org.concordat.account;

import java.util.List;

/**
 * A local account as the API shows it: never its password or hash.
 *
 * @param roles role labels ({@code viewer}, {@code contact-viewer}, {@code editor}, {@code admin},
 *        {@code operator}), as granted (each includes the ones before it)
 * @param forces the forces its {@code editor} role applies to
 * @param enabled a disabled account cannot sign in, nor can its tokens
 */
public record Account(String username, List<String> roles, List<String> forces, boolean enabled, String created) {

	public Account {
		roles = roles == null ? List.of() : List.copyOf(roles);
		forces = forces == null ? List.of() : List.copyOf(forces);
	}
}
