package org.concordat.force;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads forces and their memberships from the graph. */
@Component
public class ForceRepository {

	private static final String MATCHING = """
			MATCH (f:Force)
			WHERE ($ids IS NULL OR f.id IN $ids)
			  AND ($region IS NULL OR toLower(f.region) = toLower($region))
			  AND ($q IS NULL OR toLower(f.name) CONTAINS toLower($q) OR f.id CONTAINS toLower($q))
			""";

	private static final String PAGE = MATCHING + """
			WITH f ORDER BY f.id SKIP $offset LIMIT $limit
			RETURN f {.id, .name, .region, version: coalesce(f.version, 0),
			  hq: CASE WHEN f.hqTown IS NULL AND f.hqLat IS NULL AND f.hqLon IS NULL THEN null
			      ELSE {town: f.hqTown, lat: f.hqLat, lon: f.hqLon} END} AS row""";

	// By id, as the writes' rules, the audit and the snapshot read: an index seek, where the filters' "$ids IS NULL OR"
	// made the planner scan every node of the label (17,541 forces at national scale) for each read.
	private static final String BY_IDS = PAGE.replace("$ids IS NULL OR ", "");

	private static final String COUNT = MATCHING + "RETURN count(f)";

	private static final String MEMBERSHIPS = """
			MATCH (:Force {id: $id})-[m:MEMBER_OF]->(c:Collaboration)
			RETURN m {collaboration: c.id, .joined, .left, .role, .costShare, .confidence, .leftDateUnknown} AS row
			ORDER BY c.id, m.joinedKey""";

	private final Cypher cypher;

	ForceRepository(Cypher cypher) {
		this.cypher = cypher;
	}

	public Flux<Force> list(String region, String q, Paging paging) {
		return cypher.rows(PAGE, parameters(null, region, q, paging), Force.class);
	}

	public Mono<Long> count(String region, String q) {
		return cypher.count(COUNT, parameters(null, region, q, Paging.of(null, null)));
	}

	public Flux<Force> all() {
		return list(null, null, new Paging(Integer.MAX_VALUE, 0));
	}

	public Mono<Force> find(String id) {
		return findAll(List.of(id)).next();
	}

	/** The forces with these ids (those that exist), in id order. */
	public Flux<Force> findAll(List<String> ids) {
		return cypher.rows(BY_IDS, parameters(ids, null, null, new Paging(Integer.MAX_VALUE, 0)), Force.class);
	}

	public Mono<List<ForceMembership>> memberships(String id) {
		return cypher.rows(MEMBERSHIPS, Map.of("id", id), ForceMembership.class).collectList();
	}

	private static Map<String, Object> parameters(List<String> ids, String region, String q, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("region", region);
		parameters.put("q", q);
		parameters.put("offset", paging.offset());
		parameters.put("limit", paging.limit());
		return parameters;
	}
}
