package org.concordat.register;

/**
 * The kinds of entity the API edits one at a time. Labels are constants here, never taken from input.
 * {@code blockers} counts what a delete would destroy or silently change in another entity (a lesson's teller,
 * a person's force, a contact's topic, another collaboration's dependency) and so refuses it: history is never
 * deleted, and a delete changes nothing but what it names.
 */
public enum Entity {

	FUNCTION("function", "MATCH (n:Function {id: $id}) RETURN count(n)",
			"""
					MATCH (n:Function {id: $id})
					RETURN COUNT { (n)<-[:COVERS]-() } + COUNT { ()-[k:CONTACT_FOR]->() WHERE $id IN k.topics }""",
			"collaborations cover it or contacts name it as a topic",
			"MATCH (n:Function {id: $id}) DETACH DELETE n"),
	FORCE("force", "MATCH (n:Force {id: $id}) RETURN count(n)",
			"""
					MATCH (n:Force {id: $id})
					RETURN COUNT { (n)-[:MEMBER_OF]->() } + COUNT { (n)<-[:SERVES_IN]-() } + COUNT { (n)<-[:FOR]-() }""",
			"it has memberships, people serving in it or figures for it: record its withdrawal instead",
			"MATCH (n:Force {id: $id}) DETACH DELETE n"),
	COLLABORATION("collaboration", "MATCH (n:Collaboration {id: $id}) RETURN count(n)",
			"""
					MATCH (n:Collaboration {id: $id})
					RETURN COUNT { (n)<-[:MEMBER_OF]-() } + COUNT { (n)<-[:LEARNED_IN]-() }
					  + COUNT { (n)<-[:LEADS|CONTACT_FOR]-() } + COUNT { (n)<-[:DEPENDS_ON]-() }""",
			"it has memberships or lessons, people lead it or are its contacts, or collaborations depend on it: "
					+ "end it instead",
			"""
					MATCH (n:Collaboration {id: $id})
					OPTIONAL MATCH (g:Figure)-[:OF]->(n)
					DETACH DELETE g, n"""),
	PERSON("person", "MATCH (n:Person {id: $id}) RETURN count(n)",
			"MATCH (n:Person {id: $id}) RETURN COUNT { (n)<-[:TOLD_BY]-() }",
			"lessons name them as the one who told them", "MATCH (n:Person {id: $id}) DETACH DELETE n"),
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
