package org.concordat.register;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids a piece of input may refer to: those it defines itself plus those already in the register that it
 * mentions. Only the mentioned ids are looked up, so checking one membership does not read the whole register.
 */
public record KnownIds(Set<String> functions, Set<String> forces, Set<String> collaborations, Set<String> people) {

	public static KnownIds none() {
		return new KnownIds(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
	}

	public KnownIds plus(KnownIds other) {
		return new KnownIds(union(functions, other.functions), union(forces, other.forces),
				union(collaborations, other.collaborations), union(people, other.people));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
