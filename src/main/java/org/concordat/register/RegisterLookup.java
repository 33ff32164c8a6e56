package org.concordat.register;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.db.Cypher;
import org.concordat.entity.Entity;
import org.concordat.entity.KnownIds;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers which of the ids a piece of input mentions already exist in the register. */
@Component
public class RegisterLookup {

	private static final String EXISTING = """
			RETURN {
			  functions: [x IN $functions WHERE EXISTS { MATCH (:Function {id: x}) }],
			  forces: [x IN $forces WHERE EXISTS { MATCH (:Force {id: x}) }],
			  collaborations: [x IN $collaborations WHERE EXISTS { MATCH (:Collaboration {id: x}) }],
			  people: [x IN $people WHERE EXISTS { MATCH (:Person {id: x}) }],
			  figureOwners: [x IN $figures | [x, head(COLLECT { MATCH (:Figure {id: x})-[:OF]->(c) RETURN c.id })]]
			} AS row""";

	private static final String VERSIONS = """
			RETURN {
			  functions: COLLECT { UNWIND $functions AS x MATCH (n:Function {id: x}) RETURN [x, coalesce(n.version, 0)] },
			  forces: COLLECT { UNWIND $forces AS x MATCH (n:Force {id: x}) RETURN [x, coalesce(n.version, 0)] },
			  collaborations: COLLECT { UNWIND $collaborations AS x MATCH (n:Collaboration {id: x})
			                            RETURN [x, coalesce(n.version, 0)] },
			  people: COLLECT { UNWIND $people AS x MATCH (n:Person {id: x}) RETURN [x, coalesce(n.version, 0)] },
			  lessons: COLLECT { UNWIND $lessons AS x MATCH (n:Lesson {id: x}) RETURN [x, coalesce(n.version, 0)] }
			} AS row""";

	private final Cypher cypher;

	RegisterLookup(Cypher cypher) {
		this.cypher = cypher;
	}

	public Mono<KnownIds> existing(RegisterDocument doc) {
		Set<String> functions = new HashSet<>();
		Set<String> forces = new HashSet<>();
		Set<String> collaborations = new HashSet<>();
		Set<String> people = new HashSet<>();
		Set<String> figures = new HashSet<>();
		for (Collaboration c : doc.collaborations().stream().filter(java.util.Objects::nonNull).toList()) {
			c.figures().stream().filter(java.util.Objects::nonNull).map(Figure::id).forEach(figures::add);
			functions.addAll(c.functions());
			collaborations.addAll(c.dependsOn());
			c.members().stream().filter(java.util.Objects::nonNull).map(Membership::force).forEach(forces::add);
			c.figures().stream().filter(java.util.Objects::nonNull).map(Figure::force).forEach(forces::add);
		}
		for (Person p : doc.people().stream().filter(java.util.Objects::nonNull).toList()) {
			forces.add(p.force());
			p.leads().stream().filter(java.util.Objects::nonNull).forEach(l -> collaborations.add(l.collaboration()));
			p.contactFor().stream().filter(java.util.Objects::nonNull).forEach(r -> {
				collaborations.add(r.collaboration());
				functions.addAll(r.topics());
			});
		}
		for (Lesson l : doc.lessons().stream().filter(java.util.Objects::nonNull).toList()) {
			collaborations.add(l.collaboration());
			people.add(l.toldBy());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("functions", nonNull(functions));
		parameters.put("forces", nonNull(forces));
		parameters.put("collaborations", nonNull(collaborations));
		parameters.put("people", nonNull(people));
		parameters.put("figures", nonNull(figures));
		return cypher.maps(EXISTING, parameters).next().map(RegisterLookup::known);
	}

	/** The entity's current version; empty when there is no such entity. */
	public Mono<Long> version(Entity entity, String id) {
		return cypher.maps(entity.versionById, Map.of("id", id)).next()
			.map(row -> ((Number) row.get("version")).longValue());
	}

	/**
	 * The current versions of the entities the document gives a version for, by section
	 * ({@code functions}, {@code forces}, ...) and id; those not in the register are left out.
	 */
	public Mono<Map<String, Map<String, Long>>> versions(RegisterDocument doc) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("functions", versioned(doc.functions(), f -> f.version(), f -> f.id()));
		parameters.put("forces", versioned(doc.forces(), f -> f.version(), f -> f.id()));
		parameters.put("collaborations", versioned(doc.collaborations(), c -> c.version(), c -> c.id()));
		parameters.put("people", versioned(doc.people(), p -> p.version(), p -> p.id()));
		parameters.put("lessons", versioned(doc.lessons(), l -> l.version(), l -> l.id()));
		return cypher.maps(VERSIONS, parameters).next().map(RegisterLookup::versionsByKind);
	}

	private static <T> List<String> versioned(List<T> items, java.util.function.Function<T, Long> version,
			java.util.function.Function<T, String> id) {
		return items.stream().filter(i -> i != null && version.apply(i) != null && id.apply(i) != null)
			.map(id).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Long>> versionsByKind(Map<String, Object> row) {
		Map<String, Map<String, Long>> byKind = new HashMap<>();
		row.forEach((kind, pairs) -> {
			Map<String, Long> versions = new HashMap<>();
			for (List<Object> pair : (List<List<Object>>) pairs) {
				versions.put((String) pair.get(0), ((Number) pair.get(1)).longValue());
			}
			byKind.put(kind, versions);
		});
		return byKind;
	}

	@SuppressWarnings("unchecked")
	private static KnownIds known(Map<String, Object> row) {
		Map<String, String> owners = new HashMap<>();
		for (List<String> pair : (List<List<String>>) row.get("figureOwners")) {
			if (pair.get(1) != null) {
				owners.put(pair.get(0), pair.get(1));
			}
		}
		return new KnownIds(set(row.get("functions")), set(row.get("forces")), set(row.get("collaborations")),
				set(row.get("people")), owners);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> set(Object values) {
		return new HashSet<>((List<String>) values);
	}

	private static List<String> nonNull(Set<String> ids) {
		return ids.stream().filter(java.util.Objects::nonNull).toList();
	}
}
