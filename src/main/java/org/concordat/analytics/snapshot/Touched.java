package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.entity.Entity;

/** The ids changes touched (written or deleted), by kind, as the change log lists them. */
record Touched(Set<String> functions, Set<String> forces, Set<String> collaborations, Set<String> people,
		Set<String> lessons) {

	static Touched none() {
		return new Touched(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
	}

	/** Adds the ids one change lists (a {@code Change} node's properties, named by {@link Entity#plural}). */
	@SuppressWarnings("unchecked")
	void add(Map<String, Object> change) {
		for (Entity kind : Entity.values()) {
			List<String> ids = (List<String>) change.get(kind.plural());
			if (ids != null) {
				of(kind).addAll(ids);
			}
		}
	}

	private Set<String> of(Entity kind) {
		return switch (kind) {
			case FUNCTION -> functions;
			case FORCE -> forces;
			case COLLABORATION -> collaborations;
			case PERSON -> people;
			case LESSON -> lessons;
		};
	}

	int size() {
		return functions.size() + forces.size() + collaborations.size() + people.size() + lessons.size();
	}
}
