package org.concordat.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads people with the collaborations they lead or are contacts for. */
@Component
public class PersonRepository {

	private static final String MATCHING = """
			MATCH (p:Person)
			WHERE ($ids IS NULL OR p.id IN $ids)
			  AND ($collaboration IS NULL OR EXISTS { (p)-[:LEADS|CONTACT_FOR]->(:Collaboration {id: $collaboration}) })
			""";

	private static final String PAGE = MATCHING + """
			WITH p ORDER BY p.id SKIP $offset LIMIT $limit
			RETURN p {.id, .name, .title, .rank, .contact, version: coalesce(p.version, 0),
			  force: COLLECT { MATCH (p)-[:SERVES_IN]->(f) RETURN f.id }[0],
			  leads: COLLECT { MATCH (p)-[l:LEADS]->(c) RETURN {collaboration: c.id, from: l.from, to: l.to}
			                   ORDER BY c.id, l.from },
			  contactFor: COLLECT { MATCH (p)-[k:CONTACT_FOR]->(c)
			                        RETURN {collaboration: c.id, topics: k.topics, from: k.from, to: k.to}
			                        ORDER BY c.id, k.from }
			} AS row""";

	private static final String COUNT = MATCHING + "RETURN count(p)";

	private final Cypher cypher;

	PersonRepository(Cypher cypher) {
		this.cypher = cypher;
	}

	public Flux<Person> list(String collaboration, Paging paging) {
		return cypher.rows(PAGE, parameters(null, collaboration, paging), Person.class).map(Person::sorted);
	}

	public Mono<Long> count(String collaboration) {
		return cypher.count(COUNT, parameters(null, collaboration, new Paging(1, 0)));
	}

	public Flux<Person> all() {
		return list(null, new Paging(Integer.MAX_VALUE, 0));
	}

	public Mono<Person> find(String id) {
		return findAll(List.of(id)).next();
	}

	/** The people with these ids (those that exist), in id order. */
	public Flux<Person> findAll(List<String> ids) {
		return cypher.rows(PAGE, parameters(ids, null, new Paging(Integer.MAX_VALUE, 0)), Person.class)
			.map(Person::sorted);
	}

	private static Map<String, Object> parameters(List<String> ids, String collaboration, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("collaboration", collaboration);
		parameters.put("offset", paging.offset());
		parameters.put("limit", paging.limit());
		return parameters;
	}
}
