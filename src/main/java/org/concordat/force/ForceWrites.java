package org.concordat.force;

import static org.concordat.entity.StatementRows.row;

import java.util.List;
import java.util.Map;

/** How forces are written: the statement the register's writer runs, and its parameter rows. */
public final class ForceWrites {

	public static final String FORCES = """
			UNWIND $rows AS row
			MERGE (f:Force {id: row.id}) SET f += row.props, f.version = $version
			WITH f, row
			OPTIONAL MATCH (f)-[old:IN_REGION]->()
			DELETE old
			WITH DISTINCT f, row
			MERGE (r:Region {name: row.region})
			MERGE (f)-[:IN_REGION]->(r)""";

	private ForceWrites() {
	}

	public static List<Map<String, Object>> rows(List<Force> forces) {
		return forces.stream().map(ForceWrites::force).toList();
	}

	private static Map<String, Object> force(Force f) {
		Force.Headquarters hq = f.hq() == null ? new Force.Headquarters(null, null, null) : f.hq();
		return row("id", f.id(), "region", f.region(), "props",
				row("name", f.name(), "region", f.region(), "hqTown", hq.town(), "hqLat", hq.lat(), "hqLon", hq.lon()));
	}
}
