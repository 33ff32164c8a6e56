package org.concordat.register;

/**
 * The kinds of entity the API edits one at a time. Labels are constants here, never taken from input.
 * {@code blockers} counts what a delete would destroy and so refuses it: history is never deleted.
 */
public enum Entity {

	FUNCTION("function", "MATCH (n:Function {id: $id}) RETURN count(n)",
			"MATCH (n:Function {id: $id}) RETURN COUNT { (n)<-[:COVERS]-() }",
			"collaborations cover it", "MATCH (n:Function {id: $id}) DETACH DELETE n"),
	FORCE("force", "MATCH (n:Force {id: $id}) RETURN count(n)",
			"MATCH (n:Force {id: $id}) RETURN COUNT { (n)-[:MEMBER_OF]->() }",
			"it has memberships: record its withdrawal instead", "MATCH (n:Force {id: $id}) DETACH DELETE n"),
	COLLABORATION("collaboration", "MATCH (n:Collaboration {id: $id}) RETURN count(n)",
			"MATCH (n:Collaboration {id: $id}) RETURN COUNT { (n)<-[:MEMBER_OF]-() } + COUNT { (n)<-[:LEARNED_IN]-() }",
			"it has memberships or lessons: end it instead", """
					MATCH (n:Collaboration {id: $id})
					OPTIONAL MATCH (g:Figure)-[:OF]->(n)
					DETACH DELETE g, n"""),
	PERSON("person", "MATCH (n:Person {id: $id}) RETURN count(n)", "RETURN 0", "",
			"MATCH (n:Person {id: $id}) DETACH DELETE n"),
	LESSON("lesson", "MATCH (n:Lesson {id: $id}) RETURN count(n)", "RETURN 0", "",
			"MATCH (n:Lesson {id: $id}) DETACH DELETE n");

	final String noun;

	final String countById;

	final String blockers;

	final String blockedBecause;

	final String delete;

	Entity(String noun, String countById, String blockers, String blockedBecause, String delete) {
		this.noun = noun;
		this.countById = countById;
		this.blockers = blockers;
		this.blockedBecause = blockedBecause;
		this.delete = delete;
	}

	public String noun() {
		return noun;
	}

	/** The kind's name in the register document and in the change log: functions, forces, …, people, lessons. */
	public String plural() {
		return this == PERSON ? "people" : noun + "s";
	}
}
