package org.concordat.analytics.snapshot;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.entity.Entity;

/** The ids changes touched (written or deleted), by kind, as the change log lists them. */
record Touched(Map<Entity, Set<String>> ids) {

	static Touched none() {
		return new Touched(new EnumMap<>(Entity.class));
	}

	/** Adds the ids one change lists (a {@code Change} node's properties, named by {@link Entity#plural}). */
	@SuppressWarnings("unchecked")
	void add(Map<String, Object> change) {
		for (Entity kind : Entity.values()) {
			of(kind).addAll(Objects.requireNonNullElse((List<String>) change.get(kind.plural()), List.of())); // none: null
		}
	}

	Set<String> of(Entity kind) {
		return ids.computeIfAbsent(kind, k -> new TreeSet<>());
	}

	int size() {
		return ids.values().stream().mapToInt(Set::size).sum();
	}
}
