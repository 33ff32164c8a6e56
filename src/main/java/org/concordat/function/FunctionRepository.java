package org.concordat.function;

import java.util.Map;

import org.concordat.db.Cypher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the controlled vocabulary of policing functions. */
@Component
public class FunctionRepository {

	private static final String ALL = """
			MATCH (f:Function) WHERE $ids IS NULL OR f.id IN $ids
			RETURN f {.id, .name, version: coalesce(f.version, 0)} AS row ORDER BY f.id""";

	private final Cypher cypher;

	FunctionRepository(Cypher cypher) {
		this.cypher = cypher;
	}

	public Flux<PolicingFunction> all() {
		return cypher.rows(ALL, java.util.Collections.singletonMap("ids", null), PolicingFunction.class);
	}

	public Mono<PolicingFunction> find(String id) {
		return findAll(java.util.List.of(id)).next();
	}

	/** The functions with these ids (those that exist), in id order. */
	public Flux<PolicingFunction> findAll(java.util.List<String> ids) {
		return cypher.rows(ALL, Map.of("ids", ids), PolicingFunction.class);
	}
}
