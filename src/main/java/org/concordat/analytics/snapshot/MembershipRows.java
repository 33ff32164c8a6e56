package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The memberships, read as one flat stream and grouped by collaboration in the export's order (force id, then
 * joined, absent first). Forces are in id order, so sorting by force index sorts by id; joined is compared
 * as the first day of its period, as the export does.
 */
final class MembershipRows {

	private MembershipRows() {
	}

	static List<List<Membership>> read(TransactionContext tx, Map<String, Integer> collabIndex, List<Force> forces) {
		Map<String, Integer> forceIndex = new HashMap<>(forces.size() * 2);
		forces.forEach(f -> forceIndex.put(f.id(), forceIndex.size()));
		List<Membership> rows = new ArrayList<>();
		List<long[]> keys = new ArrayList<>();
		tx.run(SnapshotQueries.MEMBERSHIPS).forEachRemaining(r -> {
			Membership m = new Membership(SnapshotReader.text(r, 1), SnapshotReader.text(r, 2),
					SnapshotReader.text(r, 3), SnapshotReader.text(r, 4), SnapshotReader.number(r, 5), null);
			long collabAndForce = ((long) collabIndex.get(SnapshotReader.text(r, 0)) << 32) | forceIndex.get(m.force());
			keys.add(new long[] { collabAndForce, Day.from(m.joined()), rows.size() });
			rows.add(m);
		});
		long[][] order = keys.toArray(long[][]::new);
		Arrays.sort(order, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		List<List<Membership>> byCollab = new ArrayList<>(collabIndex.size());
		for (int c = 0; c < collabIndex.size(); c++) {
			byCollab.add(new ArrayList<>());
		}
		for (long[] key : order) {
			byCollab.get((int) (key[0] >>> 32)).add(rows.get((int) key[2]));
		}
		return byCollab;
	}
}
