package org.concordat.analytics.snapshot;

import java.util.Arrays;

import org.concordat.analytics.snapshot.Facts.Collab;

/**
 * Collaborations as columns: ids in a byte pool, names as word codes; kind, scope and status as codes; started
 * and ended as day codes; the annual cost as an exact decimal ({@link Doubles}) with a presence bit; functions
 * and dependencies as codes into one shared copy of each distinct list (40,000 collaborations have about 6,700
 * sets of functions); figures in their own table. {@link Collab} records are made on demand; hot paths read
 * the columns instead.
 */
final class CollabTable {

	final TextColumn ids;

	final WordColumn names;

	final Coded<String> kinds;

	final Coded<String> scopes;

	final Coded<String> statuses;

	final DayColumn started;

	final DayColumn ended;

	final Doubles costs;

	final Coded<int[]> functions;

	final Coded<int[]> dependsOn;

	final FigureTable figures;

	/** Bits per collaboration: whether it has an annual cost, is national, is never active (proposed, deleted). */
	final long[] hasCost;

	final long[] national;

	final long[] never;

	final IdIndex index;

	CollabTable(CollabTableBuilder b) {
		int n = b.ids.size();
		ids = b.ids.build();
		names = b.names.build();
		kinds = b.kinds.build();
		scopes = b.scopes.build();
		statuses = b.statuses.build();
		started = b.started.build();
		ended = b.ended.build();
		costs = Doubles.of(b.costs, n);
		hasCost = Arrays.copyOf(b.hasCost, (n + 63) >> 6);
		functions = b.functions.build();
		dependsOn = b.dependsOn.build();
		figures = b.figures.build();
		national = new long[(n + 63) >> 6];
		never = new long[(n + 63) >> 6];
		for (int c = 0; c < n; c++) {
			String status = statuses.get(c);
			national[c >> 6] |= "national".equals(scopes.get(c)) ? 1L << c : 0;
			never[c >> 6] |= "proposed".equals(status) || "deleted".equals(status) ? 1L << c : 0;
		}
		// rows of the old table keep their ids (a replaced collaboration has the same id, a tombstone too), so
		// its index only needs the new rows added
		index = b.old == null ? new IdIndex(ids) : new IdIndex(ids, b.old.index, b.old.size());
	}

	int size() {
		return ids.size();
	}

	boolean national(int c) {
		return (national[c >> 6] & 1L << c) != 0;
	}

	/** Active at {@code day}: the same test as {@link Collab#activeAt}, a deleted one never. */
	boolean activeAt(int c, int day) {
		return (never[c >> 6] & 1L << c) == 0 && started.get(c) <= day && ended.get(c) > day;
	}

	Double cost(int c) {
		return (hasCost[c >> 6] & 1L << c) != 0 ? costs.get(c) : null;
	}

	Collab get(int c) {
		return new Collab(ids.get(c), names.get(c), kinds.get(c), scopes.get(c), statuses.get(c), started.get(c),
				ended.get(c), cost(c), functions.get(c), dependsOn.get(c), figures.of(c));
	}
}
