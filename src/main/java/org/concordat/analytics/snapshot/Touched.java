package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The ids other instances' changes touched (written or deleted), by kind, as the change log lists them. */
record Touched(Set<String> functions, Set<String> forces, Set<String> collaborations, Set<String> people,
		Set<String> lessons) {

	static Touched none() {
		return new Touched(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
	}

	/** Adds the ids one change lists (a {@code Change} node's properties). */
	@SuppressWarnings("unchecked")
	void add(Map<String, Object> change) {
		functions.addAll((List<String>) change.getOrDefault("functions", List.of()));
		forces.addAll((List<String>) change.getOrDefault("forces", List.of()));
		collaborations.addAll((List<String>) change.getOrDefault("collaborations", List.of()));
		people.addAll((List<String>) change.getOrDefault("people", List.of()));
		lessons.addAll((List<String>) change.getOrDefault("lessons", List.of()));
	}

	int size() {
		return functions.size() + forces.size() + collaborations.size() + people.size() + lessons.size();
	}
}
