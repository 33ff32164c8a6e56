package org.concordat.people;

import static org.concordat.entity.StatementRows.row;

import java.util.List;
import java.util.Map;

/** How people are written: the statement the register's writer runs, and its parameter rows. */
public final class PersonWrites {

	public static final String PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.id}) SET p += row.props, p.version = $version
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

	private PersonWrites() {
	}

	public static List<Map<String, Object>> rows(List<Person> people) {
		return people.stream().map(PersonWrites::person).toList();
	}

	private static Map<String, Object> person(Person p) {
		List<Map<String, Object>> leads = p.leads().stream()
			.map(l -> row("collaboration", l.collaboration(), "props", row("from", l.from(), "to", l.to())))
			.toList();
		List<Map<String, Object>> contacts = p.contactFor().stream()
			.map(r -> row("collaboration", r.collaboration(), "props",
					row("topics", r.topics().stream().sorted().toList(), "from", r.from(), "to", r.to())))
			.toList();
		return row("id", p.id(), "force", p.force(), "leads", leads, "contactFor", contacts, "props",
				row("name", p.name(), "title", p.title(), "rank", p.rank(), "contact", p.contact()));
	}
}
