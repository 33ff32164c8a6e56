package org.concordat.analytics.snapshot;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.entity.Entity;

/** The ids changes touched (written or deleted), by kind, as the change log lists them. */
record Touched(Map<Entity, Set<String>> ids) {

	static Touched none() {
		Map<Entity, Set<String>> ids = new EnumMap<>(Entity.class);
		for (Entity kind : Entity.values()) {
			ids.put(kind, new TreeSet<>());
		}
		return new Touched(ids);
	}

	/** Adds the ids one change lists (a {@code Change} node's properties, named by {@link Entity#plural}). */
	@SuppressWarnings("unchecked")
	void add(Map<String, Object> change) {
		ids.forEach((kind, of) -> of.addAll((List<String>) change.getOrDefault(kind.plural(), List.of())));
	}

	Set<String> of(Entity kind) {
		return ids.get(kind);
	}

	int size() {
		return ids.values().stream().mapToInt(Set::size).sum();
	}
}
