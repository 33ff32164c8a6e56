package org.concordat.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids a piece of input may refer to: those it defines itself plus those already in the register that it
 * mentions. Only the mentioned ids are looked up, so checking one membership does not read the whole register.
 * {@code figureOwners} maps the figure ids the input gives to the collaboration each already belongs to in the
 * register: a figure id is the figure's identity, so another collaboration may not take it over.
 */
public record KnownIds(Set<String> functions, Set<String> forces, Set<String> collaborations, Set<String> people,
		Map<String, String> figureOwners) {

	public KnownIds(Set<String> functions, Set<String> forces, Set<String> collaborations, Set<String> people) {
		this(functions, forces, collaborations, people, Map.of());
	}

	public static KnownIds none() {
		return new KnownIds(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
	}

	/** Both sets of ids; a figure's owner in the register ({@code this}, the ids looked up) stays its owner. */
	public KnownIds plus(KnownIds other) {
		Map<String, String> owners = new HashMap<>(other.figureOwners);
		owners.putAll(figureOwners);
		return new KnownIds(union(functions, other.functions), union(forces, other.forces),
				union(collaborations, other.collaborations), union(people, other.people), owners);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
