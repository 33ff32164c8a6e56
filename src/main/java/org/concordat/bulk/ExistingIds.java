package org.concordat.bulk;

import java.util.HashSet;
import java.util.Set;

import org.concordat.entity.KnownIds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The ids already in the register, which a bulk-loaded document may refer to without defining (a resumed load). */
public final class ExistingIds {

	private ExistingIds() {
	}

	public static KnownIds of(Driver driver) {
		try (Session session = driver.session()) {
			java.util.Map<String, String> owners = new java.util.HashMap<>();
			session.run("MATCH (g:Figure)-[:OF]->(c:Collaboration) RETURN g.id AS id, c.id AS owner")
				.forEachRemaining(r -> owners.put(r.get("id").asString(), r.get("owner").asString()));
			return new KnownIds(ids(session, "Function"), ids(session, "Force"), ids(session, "Collaboration"),
					ids(session, "Person"), owners);
		}
	}

	private static Set<String> ids(Session session, String label) {
		// the label is one of four constants above, never input
		return new HashSet<>(session.run("MATCH (n:" + label + ") RETURN n.id AS id").list(r -> r.get("id").asString()));
	}
}
