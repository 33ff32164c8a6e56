package org.concordat.entity;

/**
 * The kinds of entity the API edits one at a time. Labels are constants here, never taken from input.
 * {@code blockers} counts what a delete would destroy and so refuses it: history is never deleted.
 *
 * <p>A delete also gives a new version ({@code $version}) to the entities whose own representation loses a
 * link with it (a person's force, a lesson's teller, a collaboration's dependency or a figure's force), so that
 * their ETags change with what {@code GET} shows of them; {@code linked} names them, by kind, so that the
 * change log lists them beside the deleted entity and every analytics snapshot re-reads them too.
 */
public enum Entity {

	// a contact's topics name functions by id: deleting one they name would leave an export no import takes
	FUNCTION("function", "Function", """
			MATCH (n:Function {id: $id})
			RETURN COUNT { (n)<-[:COVERS]-() } + COUNT { ()-[k:CONTACT_FOR]->() WHERE $id IN k.topics }""",
			"collaborations cover it or contacts name it as a topic", "MATCH (n:Function {id: $id}) DETACH DELETE n"),
	FORCE("force", "Force", "MATCH (n:Force {id: $id}) RETURN COUNT { (n)-[:MEMBER_OF]->() }",
			"it has memberships: record its withdrawal instead", """
					MATCH (n:Force {id: $id})
					CALL (n) { MATCH (p:Person)-[:SERVES_IN]->(n) SET p.version = $version }
					CALL (n) { MATCH (c:Collaboration)<-[:OF]-(:Figure)-[:FOR]->(n) SET c.version = $version }
					DETACH DELETE n"""),
	COLLABORATION("collaboration", "Collaboration",
			"MATCH (n:Collaboration {id: $id}) RETURN COUNT { (n)<-[:MEMBER_OF]-() } + COUNT { (n)<-[:LEARNED_IN]-() }",
			"it has memberships or lessons: end it instead", """
					MATCH (n:Collaboration {id: $id})
					CALL (n) { MATCH (p:Person)-[:LEADS|CONTACT_FOR]->(n) SET p.version = $version }
					CALL (n) { MATCH (d:Collaboration)-[:DEPENDS_ON]->(n) SET d.version = $version }
					OPTIONAL MATCH (g:Figure)-[:OF]->(n)
					DETACH DELETE g, n"""),
	PERSON("person", "Person", "RETURN 0", "", """
			MATCH (n:Person {id: $id})
			CALL (n) { MATCH (l:Lesson)-[:TOLD_BY]->(n) SET l.version = $version }
			DETACH DELETE n"""),
	LESSON("lesson", "Lesson", "RETURN 0", "", "MATCH (n:Lesson {id: $id}) DETACH DELETE n");

	public final String noun;

	public final String blockers;

	public final String blockedBecause;

	public final String delete;

	/** The entity's version, no row when there is none (nodes written before versions were kept count as 0). */
	public final String versionById;

	/**
	 * A new node with nothing but its id and version: CREATE, not MERGE, so the uniqueness constraint on the
	 * id refuses a second one whatever wrote the first (answered 409).
	 */
	public final String create;

	Entity(String noun, String label, String blockers, String blockedBecause, String delete) {
		this.noun = noun;
		this.blockers = blockers;
		this.blockedBecause = blockedBecause;
		this.delete = delete;
		this.versionById = "MATCH (n:" + label + " {id: $id}) RETURN {version: coalesce(n.version, 0)} AS row";
		this.create = "CREATE (n:" + label + " {id: $id, version: $version})";
	}

	/**
	 * The ids of the entities whose links to this one a delete takes away (those it gives a new version), in
	 * three lists: {@code collaborations}, {@code people} and {@code lessons}.
	 */
	public String linked() {
		return switch (this) {
			case FORCE -> """
					MATCH (n:Force {id: $id})
					RETURN [(c:Collaboration)<-[:OF]-(:Figure)-[:FOR]->(n) | c.id] AS collaborations,
					  [(p:Person)-[:SERVES_IN]->(n) | p.id] AS people, [] AS lessons""";
			case COLLABORATION -> """
					MATCH (n:Collaboration {id: $id})
					RETURN [(d:Collaboration)-[:DEPENDS_ON]->(n) | d.id] AS collaborations,
					  [(p:Person)-[:LEADS|CONTACT_FOR]->(n) | p.id] AS people, [] AS lessons""";
			case PERSON -> """
					MATCH (n:Person {id: $id})
					RETURN [] AS collaborations, [] AS people, [(l:Lesson)-[:TOLD_BY]->(n) | l.id] AS lessons""";
			case FUNCTION, LESSON -> "RETURN [] AS collaborations, [] AS people, [] AS lessons";
		};
	}

	public String noun() {
		return noun;
	}

	/** The kind's name in the register document and in the change log: functions, forces, …, people, lessons. */
	public String plural() {
		return this == PERSON ? "people" : noun + "s";
	}
}
