package org.concordat.register;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one way into the graph: every write, from a whole import to one edited force, is a register document
 * upserted here in one transaction. An entity named in the document is replaced by what the document says
 * of it (its properties and its own links); entities and memberships it does not name are left alone.
 */
@Component
public class RegisterWriter {

	private static final String CLEAR = """
			MATCH (n) WHERE n:Force OR n:Region OR n:Collaboration OR n:Function OR n:Figure OR n:Partner
			  OR n:Person OR n:Lesson
			DETACH DELETE n""";

	public static final String FUNCTIONS = """
			UNWIND $rows AS row
			MERGE (f:Function {id: row.id}) SET f.name = row.name""";

	public static final String FORCES = """
			UNWIND $rows AS row
			MERGE (f:Force {id: row.id}) SET f += row.props
			WITH f, row
			OPTIONAL MATCH (f)-[old:IN_REGION]->()
			DELETE old
			WITH DISTINCT f, row
			MERGE (r:Region {name: row.region})
			MERGE (f)-[:IN_REGION]->(r)""";

	public static final String COLLABORATIONS = """
			UNWIND $rows AS row
			MERGE (c:Collaboration {id: row.id}) SET c += row.props
			WITH c, row
			OPTIONAL MATCH (c)-[old:COVERS|DEPENDS_ON]->()
			DELETE old
			WITH DISTINCT c, row
			OPTIONAL MATCH (:Partner)-[oldPartner:PARTNER_IN]->(c)
			DELETE oldPartner
			WITH DISTINCT c, row
			UNWIND row.functions AS functionId
			MATCH (f:Function {id: functionId})
			MERGE (c)-[:COVERS]->(f)""";

	// After all collaborations exist: a document may name a dependency before defining it.
	public static final String DEPENDENCIES = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.id})
			UNWIND row.dependsOn AS dependency
			MATCH (d:Collaboration {id: dependency.id})
			MERGE (c)-[link:DEPENDS_ON]->(d) SET link.confidence = dependency.confidence""";

	public static final String PARTNERS = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.id})
			UNWIND row.partners AS name
			MERGE (p:Partner {name: name})
			MERGE (p)-[:PARTNER_IN]->(c)""";

	public static final String MEMBERSHIPS = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.collaboration}), (f:Force {id: row.force})
			MERGE (f)-[m:MEMBER_OF {joinedKey: row.joinedKey}]->(c)
			SET m += row.props""";

	public static final String FIGURES = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.collaboration})
			MERGE (g:Figure {id: row.id}) SET g += row.props
			WITH g, c, row
			OPTIONAL MATCH (g)-[old:OF|FOR]->()
			DELETE old
			WITH DISTINCT g, c, row
			MERGE (g)-[:OF]->(c)
			WITH g, row WHERE row.force IS NOT NULL
			MATCH (f:Force {id: row.force})
			MERGE (g)-[:FOR]->(f)""";

	public static final String PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.id}) SET p += row.props
			WITH p, row
			OPTIONAL MATCH (p)-[old:SERVES_IN|LEADS|CONTACT_FOR]->()
			DELETE old
			WITH DISTINCT p, row
			CALL (p, row) {
			  MATCH (f:Force {id: row.force}) MERGE (p)-[:SERVES_IN]->(f)
			}
			CALL (p, row) {
			  UNWIND row.leads AS lead
			  MATCH (c:Collaboration {id: lead.collaboration})
			  CREATE (p)-[l:LEADS]->(c) SET l += lead.props
			}
			CALL (p, row) {
			  UNWIND row.contactFor AS contact
			  MATCH (c:Collaboration {id: contact.collaboration})
			  CREATE (p)-[k:CONTACT_FOR]->(c) SET k += contact.props
			}""";

	public static final String LESSONS = """
			UNWIND $rows AS row
			MERGE (l:Lesson {id: row.id}) SET l += row.props
			WITH l, row
			OPTIONAL MATCH (l)-[old:LEARNED_IN|TOLD_BY]->()
			DELETE old
			WITH DISTINCT l, row
			MATCH (c:Collaboration {id: row.collaboration})
			MERGE (l)-[:LEARNED_IN]->(c)
			WITH l, row WHERE row.toldBy IS NOT NULL
			MATCH (p:Person {id: row.toldBy})
			MERGE (l)-[:TOLD_BY]->(p)""";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegisterWriter.class);

	private final ReactiveNeo4jClient neo4j;

	private final TransactionalOperator transaction;

	private final ObjectProvider<RegisterListener> listeners;

	private final ChangeLog changes;

	RegisterWriter(ReactiveNeo4jClient neo4j, TransactionalOperator transaction,
			ObjectProvider<RegisterListener> listeners, ChangeLog changes) {
		this.neo4j = neo4j;
		this.transaction = transaction;
		this.listeners = listeners;
		this.changes = changes;
	}

	/** Writes an already checked document; with {@code replace} the register is emptied first, in the same transaction. */
	public Mono<Void> write(RegisterDocument doc, boolean replace) {
		RegisterChanged change = RegisterChanged.upsert(doc, replace);
		Flux<Void> steps = Flux.concat(replace ? run(CLEAR, List.of()) : Mono.empty(),
				step(FUNCTIONS, RegisterRows::functions, doc), step(FORCES, RegisterRows::forces, doc),
				step(COLLABORATIONS, RegisterRows::collaborations, doc),
				step(DEPENDENCIES, RegisterRows::collaborations, doc), step(PARTNERS, RegisterRows::collaborations, doc),
				step(MEMBERSHIPS, RegisterRows::memberships, doc), step(FIGURES, RegisterRows::figures, doc),
				step(PEOPLE, RegisterRows::people, doc), step(LESSONS, RegisterRows::lessons, doc),
				changes.record(neo4j, change));
		return transaction.transactional(steps.then()).then(publish(change));
	}

	/** Runs one statement of its own, in its own transaction, then tells listeners the register changed. */
	public Mono<Void> run(String cypher, Map<String, Object> parameters, RegisterChanged change) {
		return transaction.transactional(neo4j.query(cypher).bindAll(parameters).run().then(changes.record(neo4j, change)))
			.then(publish(change));
	}

	/** The write has committed: a listener that fails must not turn it into an error for the client. */
	private Mono<Void> publish(RegisterChanged change) {
		return Flux.fromStream(() -> listeners.orderedStream())
			.concatMap(l -> l.registerChanged(change)
				.onErrorResume(e -> Mono.fromRunnable(() -> log.warn("A register listener failed", e))))
			.then();
	}

	private Mono<Void> step(String cypher, Function<RegisterDocument, List<Map<String, Object>>> rows,
			RegisterDocument doc) {
		return Mono.defer(() -> {
			List<Map<String, Object>> parameters = rows.apply(doc);
			return parameters.isEmpty() ? Mono.empty() : run(cypher, parameters);
		});
	}

	private Mono<Void> run(String cypher, List<Map<String, Object>> rows) {
		return neo4j.query(cypher).bind(rows).to("rows").run().then();
	}
}
