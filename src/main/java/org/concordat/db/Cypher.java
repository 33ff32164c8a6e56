package org.concordat.db;

import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs read queries whose single column {@code row} is a map shaped like a record, and turns each row into
 * that record with the same JSON mapping the API uses, so a query's map projection is the record's contract.
 */
@Component
public class Cypher {

	private final ReactiveNeo4jClient neo4j;

	private final JsonMapper json;

	Cypher(ReactiveNeo4jClient neo4j, JsonMapper json) {
		this.neo4j = neo4j;
		this.json = json;
	}

	public <T> Flux<T> rows(String cypher, Map<String, Object> parameters, Class<T> type) {
		return maps(cypher, parameters).map(row -> json.convertValue(row, type));
	}

	public Flux<Map<String, Object>> maps(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("row").asMap())
			.all()
			.map(Cypher::typed);
	}

	public Mono<Long> count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class)
			.mappedBy((types, record) -> record.get(0).asLong()).one().defaultIfEmpty(0L);
	}

	public Mono<Void> run(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).run().then();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<?, ?> row) {
		return (Map<String, Object>) row;
	}
}
