package org.concordat.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit, newest first. An entity's history is the entries about it (found through its
 * {@code :AuditSubject}, indexed by key) and those that may have changed any entity (replacing imports, bulk
 * loads). An editor's view is narrowed to the entries that concerned one of its forces.
 */
@Component
class AuditQuery {

	private static final String ALL = "MATCH (e:AuditEntry)";

	private static final String ABOUT = """
			CALL () {
			  MATCH (:AuditSubject {key: $entity})<-[:ABOUT]-(e:AuditEntry) RETURN e AS entry
			  UNION
			  MATCH (e:AuditEntry {wholeRegister: true}) RETURN e AS entry
			}
			WITH entry AS e""";

	private static final String WHERE = """
			WITH e WHERE ($by IS NULL OR e.by = $by)
			  AND ($from IS NULL OR e.at >= datetime($from))
			  AND ($until IS NULL OR e.at < datetime($until))
			  AND ($forces IS NULL OR any(f IN e.forces WHERE f IN $forces))""";

	private static final String PAGE = """
			WITH e ORDER BY e.seq DESC SKIP $offset LIMIT $limit
			RETURN e {.seq, .change, at: toString(e.at), .by, .via, .endpoint, .action, .forces, .changes, .document}
			  AS row""";

	private static final TypeReference<List<EntityChange>> CHANGES = new TypeReference<>() {
	};

	private final Cypher cypher;

	private final JsonMapper json;

	AuditQuery(Cypher cypher, JsonMapper json) {
		this.cypher = cypher;
		this.json = json;
	}

	/**
	 * @param forces null for every entry (an admin); else only entries concerning one of these forces (an editor)
	 */
	Mono<Long> count(AuditFilter filter, Set<String> forces) {
		return cypher.count(source(filter) + "\n" + WHERE + "\nRETURN count(e)", parameters(filter, forces, null));
	}

	Flux<AuditEntry> page(AuditFilter filter, Set<String> forces, Paging paging) {
		return cypher.maps(source(filter) + "\n" + WHERE + "\n" + PAGE, parameters(filter, forces, paging))
			.map(this::entry);
	}

	private static String source(AuditFilter filter) {
		return filter.entity() == null ? ALL : ABOUT;
	}

	private static Map<String, Object> parameters(AuditFilter filter, Set<String> forces, Paging paging) {
		Map<String, Object> p = new HashMap<>();
		p.put("entity", filter.entity());
		p.put("by", filter.by());
		p.put("from", filter.from() == null ? null : filter.from().toString());
		p.put("until", filter.until() == null ? null : filter.until().toString());
		p.put("forces", forces == null ? null : List.copyOf(forces));
		if (paging != null) {
			p.put("offset", paging.offset());
			p.put("limit", paging.limit());
		}
		return p;
	}

	@SuppressWarnings("unchecked")
	private AuditEntry entry(Map<String, Object> row) {
		String changes = (String) row.get("changes");
		String document = (String) row.get("document");
		return new AuditEntry(((Number) row.get("seq")).longValue(),
				row.get("change") == null ? null : ((Number) row.get("change")).longValue(), (String) row.get("at"),
				(String) row.get("by"), (String) row.get("via"), (String) row.get("endpoint"), (String) row.get("action"),
				(List<String>) row.get("forces"), changes == null ? List.of() : json.readValue(changes, CHANGES),
				document == null ? null : json.readValue(document, DocumentSummary.class));
	}
}
