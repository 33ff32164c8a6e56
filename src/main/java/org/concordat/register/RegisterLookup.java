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
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.web.NotFoundException;
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

	public Mono<Boolean> exists(Entity entity, String id) {
		return cypher.count(entity.countById, Map.of("id", id)).map(n -> n > 0);
	}

	/** Completes empty when the entity exists, with a 404 when it does not. */
	public Mono<Void> mustExist(Entity entity, String id, String field) {
		return exists(entity, id).flatMap(
				found -> found ? Mono.empty() : Mono.error(new NotFoundException(field, entity.noun, id)));
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
