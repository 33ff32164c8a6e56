package org.concordat.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concordat.agreement.RecordedAgreement;
import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Reads collaborations with their members, functions, figures and links. */
@Component
public class CollaborationRepository {

	// "Active at D" on dates kept as written: see PartialDate for why string comparison is exact here.
	private static final String MATCHING = """
			MATCH (c:Collaboration)
			WHERE ($ids IS NULL OR c.id IN $ids)
			  AND ($status IS NULL OR c.status = $status)
			  AND ($function IS NULL OR EXISTS { (c)-[:COVERS]->(:Function {id: $function}) })
			  AND ($region IS NULL OR EXISTS { (f:Force)-[:MEMBER_OF]->(c) WHERE toLower(f.region) = toLower($region) })
			  AND ($q IS NULL OR toLower(c.name) CONTAINS toLower($q) OR c.id CONTAINS toLower($q))
			  AND ($at IS NULL OR (c.status <> 'proposed' AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at)
			       AND (c.ended IS NULL OR c.ended >= left($at, size(c.ended)) AND c.ended <> $at)))
			""";

	private static final String PAGE = MATCHING + """
			WITH c ORDER BY c.id SKIP $offset LIMIT $limit
			RETURN c {.id, .name, .kind, .scope, .purpose, .status, .started, .ended, .confidence,
			  .terms, .costSharing, .budgets, .benefits, sources: coalesce(c.sources, []), version: coalesce(c.version, 0),
			  functions: COLLECT { MATCH (c)-[:COVERS]->(f) RETURN f.id ORDER BY f.id },
			  dependsOn: COLLECT { MATCH (c)-[:DEPENDS_ON]->(d) RETURN d.id ORDER BY d.id },
			  unconfirmed: COLLECT { MATCH (c)-[r:DEPENDS_ON]->(d) WHERE r.confidence <> 'confirmed'
			                         RETURN {id: d.id, confidence: r.confidence} },
			  partners: COLLECT { MATCH (p:Partner)-[:PARTNER_IN]->(c) RETURN p.name ORDER BY p.name },
			  members: COLLECT { MATCH (f:Force)-[m:MEMBER_OF]->(c)
			                     RETURN m {force: f.id, .joined, .left, .role, .costShare, .confidence, .leftDateUnknown}
			                     ORDER BY f.id, m.joinedKey },
			  figures: COLLECT { MATCH (g:Figure)-[:OF]->(c)
			                     RETURN g {.id, .kind, .amount, .period, .date, .source, .note, .confidence,
			                               force: COLLECT { MATCH (g)-[:FOR]->(x) RETURN x.id }[0]}
			                     ORDER BY g.id }
			} AS row""";

	// By id, as the writes' rules, the audit and the snapshot read: an index seek, where the filters' "$ids IS NULL OR"
	// made the planner scan every node of the label (40,000 collaborations at national scale) for each read.
	private static final String BY_IDS = PAGE.replace("$ids IS NULL OR ", "");

	private static final String COUNT = MATCHING + "RETURN count(c)";

	private static final String AGREEMENTS = """
			MATCH (c:Collaboration) WHERE c.id IN $ids
			RETURN c {.id, .annualCost, .terms, .costSharing, .budgets, unconfirmed: []} AS row""";

	private final Cypher cypher;

	private final JsonMapper json;

	CollaborationRepository(Cypher cypher, JsonMapper json) {
		this.cypher = cypher;
		this.json = json;
	}

	public Flux<Collaboration> list(CollaborationFilter filter, Paging paging) {
		return cypher.maps(PAGE, parameters(filter, null, paging)).map(this::collaboration);
	}

	public Mono<Long> count(CollaborationFilter filter) {
		return cypher.count(COUNT, parameters(filter, null, new Paging(1, 0)));
	}

	public Flux<Collaboration> all() {
		return list(CollaborationFilter.NONE, new Paging(Integer.MAX_VALUE, 0));
	}

	public Mono<Collaboration> find(String id) {
		return findAll(List.of(id)).next();
	}

	public Flux<Collaboration> findAll(List<String> ids) {
		return cypher.maps(BY_IDS, parameters(CollaborationFilter.NONE, ids, new Paging(Integer.MAX_VALUE, 0)))
			.map(this::collaboration);
	}

	/**
	 * The agreement side alone (terms, cost sharing, budgets) of these collaborations, as {@link #findAll} reads
	 * it, without their members and figures: what the withdrawal answer reads on every request.
	 */
	public Flux<RecordedAgreement> agreements(List<String> ids) {
		return cypher.maps(AGREEMENTS, Map.of("ids", ids)).map(this::collaboration)
			.map(c -> new RecordedAgreement(c.id(), c.terms(), c.costSharing(), c.budgets()));
	}

	@SuppressWarnings("unchecked")
	private Collaboration collaboration(Map<String, Object> row) {
		Map<String, Object> fields = new HashMap<>(row);
		Map<String, String> confidence = new TreeMap<>();
		for (Map<String, Object> link : (List<Map<String, Object>>) fields.remove("unconfirmed")) {
			confidence.put((String) link.get("id"), (String) link.get("confidence"));
		}
		fields.put("dependencyConfidence", confidence);
		for (String stored : new String[] { "terms", "costSharing", "budgets", "benefits" }) {
			// kept as JSON text (CollaborationWrites), read whole
			Object text = fields.get(stored);
			fields.put(stored, text == null ? null : json.readValue((String) text, Object.class));
		}
		return json.convertValue(fields, Collaboration.class).sorted();
	}

	private static Map<String, Object> parameters(CollaborationFilter filter, List<String> ids, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("status", filter.status());
		parameters.put("function", filter.function());
		parameters.put("region", filter.region());
		parameters.put("q", filter.q());
		parameters.put("at", filter.at() == null ? null : filter.at().toString());
		parameters.put("offset", paging.offset());
		parameters.put("limit", paging.limit());
		return parameters;
	}
}
