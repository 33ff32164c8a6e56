package org.concordat.analytics.snapshot;

/**
 * What the snapshot reads from Neo4j at start-up: flat rows, one query per kind, no nested projections, so
 * 200,000 memberships come back as 200,000 small records rather than 40,000 large maps to be mapped.
 * The builder puts everything in id order itself.
 */
final class SnapshotQueries {

	static final String FUNCTIONS = "MATCH (n:Function) RETURN n.id, n.name ORDER BY n.id";

	static final String FORCES = "MATCH (n:Force) RETURN n.id, n.name, n.region, n.hqLat, n.hqLon ORDER BY n.id";

	static final String COLLABORATIONS = """
			MATCH (c:Collaboration)
			RETURN c.id, c.name, c.kind, c.scope, c.status, c.started, c.ended, c.annualCost,
			  COLLECT { MATCH (c)-[:COVERS]->(f) RETURN f.id ORDER BY f.id },
			  COLLECT { MATCH (c)-[:DEPENDS_ON]->(d) RETURN d.id ORDER BY d.id }
			ORDER BY c.id""";

	static final String MEMBERSHIPS = """
			MATCH (f:Force)-[m:MEMBER_OF]->(c:Collaboration)
			RETURN c.id, f.id, m.joined, m.left, m.role, m.costShare, m.leftDateUnknown""";

	static final String FIGURES = """
			MATCH (g:Figure)-[:OF]->(c:Collaboration)
			RETURN c.id, g.id, g.kind, g.amount, g.period, g.date, COLLECT { MATCH (g)-[:FOR]->(x) RETURN x.id }[0],
			  g.source, g.note, g.confidence""";

	static final String PEOPLE = """
			MATCH (p:Person)
			RETURN p.id, p.name, p.title, p.rank, COLLECT { MATCH (p)-[:SERVES_IN]->(f) RETURN f.id }[0],
			  COLLECT { MATCH (p)-[r:LEADS]->(c) RETURN [c.id, r.from, r.to] ORDER BY c.id, r.from },
			  COLLECT { MATCH (p)-[r:CONTACT_FOR]->(c) RETURN [c.id, r.from, r.to, r.topics] ORDER BY c.id, r.from }
			ORDER BY p.id""";

	static final String LESSONS = """
			MATCH (l:Lesson)
			RETURN l.id, l.title, l.theme, l.date, COLLECT { MATCH (l)-[:LEARNED_IN]->(c) RETURN c.id }[0],
			  COLLECT { MATCH (l)-[:TOLD_BY]->(p) RETURN p.id }[0]
			ORDER BY l.id""";

	static final String[] ALL = { FUNCTIONS, FORCES, COLLABORATIONS, MEMBERSHIPS, FIGURES, PEOPLE, LESSONS };

	private SnapshotQueries() {
	}
}
