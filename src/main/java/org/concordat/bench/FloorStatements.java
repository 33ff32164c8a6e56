package org.concordat.bench;

import java.util.List;

import org.concordat.bulk.BulkStatements;

/**
 * The floor a bulk load is measured against: the same rows, written with bare UNWIND … CREATE, no validation,
 * no MERGE of the register's entities and nothing cleared first. Relationships still find their ends by id
 * (through the same unique indexes), and the 50 regions and few partners are MERGEd, as CREATE would make one
 * per force or collaboration.
 */
final class FloorStatements {

	static final BulkStatements FLOOR = new BulkStatements("bare CREATE floor",
			List.of("UNWIND $rows AS row CREATE (:Function {id: row.id, name: row.name})"),
			List.of("""
					UNWIND $rows AS row CREATE (f:Force {id: row.id}) SET f += row.props
					WITH f, row MERGE (r:Region {name: row.region}) CREATE (f)-[:IN_REGION]->(r)"""),
			List.of("""
					UNWIND $rows AS row CREATE (c:Collaboration {id: row.id}) SET c += row.props
					WITH c, row UNWIND row.functions AS fid MATCH (f:Function {id: fid}) CREATE (c)-[:COVERS]->(f)""",
					"""
					UNWIND $rows AS row UNWIND row.partners AS name MATCH (c:Collaboration {id: row.id})
					MERGE (p:Partner {name: name}) CREATE (p)-[:PARTNER_IN]->(c)"""),
			List.of("""
					UNWIND $rows AS row MATCH (c:Collaboration {id: row.id}) UNWIND row.dependsOn AS d
					MATCH (x:Collaboration {id: d.id}) CREATE (c)-[:DEPENDS_ON {confidence: d.confidence}]->(x)"""),
			List.of("""
					UNWIND $rows AS row MATCH (c:Collaboration {id: row.collaboration}), (f:Force {id: row.force})
					CREATE (f)-[m:MEMBER_OF {joinedKey: row.joinedKey}]->(c) SET m += row.props"""),
			List.of("""
					UNWIND $rows AS row MATCH (c:Collaboration {id: row.collaboration})
					CREATE (g:Figure {id: row.id}) SET g += row.props CREATE (g)-[:OF]->(c)
					WITH g, row WHERE row.force IS NOT NULL MATCH (f:Force {id: row.force}) CREATE (g)-[:FOR]->(f)"""),
			List.of("""
					UNWIND $rows AS row CREATE (p:Person {id: row.id}) SET p += row.props
					WITH p, row
					CALL (p, row) { MATCH (f:Force {id: row.force}) CREATE (p)-[:SERVES_IN]->(f) }
					CALL (p, row) {
					  UNWIND row.leads AS lead MATCH (c:Collaboration {id: lead.collaboration})
					  CREATE (p)-[l:LEADS]->(c) SET l += lead.props
					}
					CALL (p, row) {
					  UNWIND row.contactFor AS contact MATCH (c:Collaboration {id: contact.collaboration})
					  CREATE (p)-[k:CONTACT_FOR]->(c) SET k += contact.props
					}"""),
			List.of("""
					UNWIND $rows AS row CREATE (l:Lesson {id: row.id}) SET l += row.props
					WITH l, row MATCH (c:Collaboration {id: row.collaboration}) CREATE (l)-[:LEARNED_IN]->(c)
					WITH l, row WHERE row.toldBy IS NOT NULL MATCH (p:Person {id: row.toldBy}) CREATE (l)-[:TOLD_BY]->(p)"""));

	private FloorStatements() {
	}
}
