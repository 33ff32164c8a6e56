package org.concordat.audit;

import java.util.HashMap;
import java.util.Map;

import org.concordat.security.Actor;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, in the transaction that makes the change, so that an entry exists exactly when its
 * change committed: a refused or rolled-back write leaves none, a write retried after a transient error leaves
 * one. Entries are only ever added (the one exception: a bulk load's entry, made before its first batch, is
 * completed by the loader with its counts and outcome when it ends); no endpoint changes or deletes them, and
 * nothing that writes the register touches them (they are {@code :AuditEntry} and {@code :AuditSubject} nodes,
 * linked to no node of the register), so a replacing import or a delete leaves the history of what went.
 *
 * <p>Each entry takes the next number of the audit's own sequence ({@code :AuditSequence}), which orders the
 * audit and serialises the writes that record in it only for the instant between their last statement and
 * their commit; register writes, which already hold the change log's lock ({@code register/ChangeLog}), take it
 * after that one, and account changes take only this one, so the two never wait on each other in a cycle.
 */
@Component
public class AuditLog {

	private static final String RECORD = """
			MERGE (s:AuditSequence {id: 'audit'})
			SET s.seq = coalesce(s.seq, 0) + 1
			CREATE (e:AuditEntry {seq: s.seq, at: datetime(), by: $by, via: $via, endpoint: $endpoint, action: $action,
			  forces: $forces, wholeRegister: $wholeRegister, changes: $changes})
			SET e.change = $change, e.document = $document
			FOREACH (key IN $subjects | MERGE (subject:AuditSubject {key: key}) CREATE (e)-[:ABOUT]->(subject))
			RETURN e.seq""";

	private static final String COMPLETE = """
			MATCH (e:AuditEntry {change: $change}) WHERE e.action = 'bulk-load' AND e.completed IS NULL
			SET e.document = $document, e.completed = datetime()""";

	private final ReactiveNeo4jClient neo4j;

	private final JsonMapper json;

	AuditLog(ReactiveNeo4jClient neo4j, JsonMapper json) {
		this.neo4j = neo4j;
		this.json = json;
	}

	/**
	 * Records the write, in the caller's transaction (so it commits, or not, with it); answers the entry's number.
	 *
	 * @param change the write's number in the register's change log (the version it gave what it wrote), or
	 *        null for a change outside the register (an account)
	 */
	public Mono<Long> record(Actor actor, Long change, AuditedWrite write) {
		return neo4j.query(RECORD).bindAll(parameters(actor, change, write)).fetchAs(Long.class)
			.mappedBy((types, r) -> r.get(0).asLong()).one();
	}

	/** A bulk load's entry, made in the transaction that takes the load's number, before any batch is written. */
	public void beginBulkLoad(TransactionContext tx, Actor actor, long change, DocumentSummary document) {
		tx.run(RECORD, parameters(actor, change, AuditedWrite.bulkLoad(document))).consume();
	}

	/** Completes the bulk load's entry with what it committed and how it ended (once: a later call changes nothing). */
	public void completeBulkLoad(TransactionContext tx, long change, DocumentSummary document) {
		tx.run(COMPLETE, Map.of("change", change, "document", json.writeValueAsString(document))).consume();
	}

	private Map<String, Object> parameters(Actor actor, Long change, AuditedWrite write) {
		Map<String, Object> p = new HashMap<>();
		p.put("by", actor.name());
		p.put("via", actor.via());
		p.put("endpoint", actor.endpoint());
		p.put("action", write.action());
		p.put("forces", write.forces().stream().toList());
		p.put("wholeRegister", write.wholeRegister());
		p.put("changes", json.writeValueAsString(write.changes()));
		p.put("change", change);
		p.put("document", write.document() == null ? null : json.writeValueAsString(write.document()));
		p.put("subjects", write.subjects());
		return p;
	}
}
