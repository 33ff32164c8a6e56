package org.concordat.analytics.snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.collaboration.Collaboration;

/**
 * Collaborations as columns: ids in a byte pool, names as word codes; kind, scope and status as codes; started and ended
 * as day codes; the annual cost as a double with a presence bit; functions and dependencies as codes into
 * one shared copy of each distinct list (40,000 collaborations have about 6,700 sets of functions); figures
 * in their own table. {@link Collab} records are made on demand; hot paths read the columns instead.
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
	private final long[] hasCost;

	private final long[] national;

	private final long[] never;

	final IdIndex index;

	private CollabTable(Builder b) {
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

	/** Appends collaboration by collaboration: a new record, a tombstone, or a copy of an older table's row. */
	static final class Builder {

		private final CollabTable old;

		private final TextColumnBuilder ids;

		private final WordColumnBuilder names;

		private final Coded.Builder<String> kinds;

		private final Coded.Builder<String> scopes;

		private final Coded.Builder<String> statuses;

		private final DayColumn.Builder started;

		private final DayColumn.Builder ended;

		private final Coded.Builder<int[]> functions;

		private final Coded.Builder<int[]> dependsOn;

		private final FigureTable.Builder figures;

		private double[] costs;

		private long[] hasCost;

		Builder(CollabTable old, int capacity) {
			this.old = old;
			ids = new TextColumnBuilder(old == null ? null : old.ids, capacity, false);
			names = new WordColumnBuilder(old == null ? null : old.names, capacity);
			kinds = Coded.Builder.ofTexts(old == null ? null : old.kinds, capacity);
			scopes = Coded.Builder.ofTexts(old == null ? null : old.scopes, capacity);
			statuses = Coded.Builder.ofTexts(old == null ? null : old.statuses, capacity);
			started = new DayColumn.Builder(old == null ? null : old.started, capacity);
			ended = new DayColumn.Builder(old == null ? null : old.ended, capacity);
			functions = Coded.Builder.ofIntArrays(old == null ? null : old.functions, capacity);
			dependsOn = Coded.Builder.ofIntArrays(old == null ? null : old.dependsOn, capacity);
			figures = new FigureTable.Builder(old == null ? null : old.figures, capacity);
			costs = new double[capacity];
			hasCost = new long[(capacity + 63) >> 6];
		}

		void add(Collaboration c, ToIntFunction<String> functionIndex, ToIntFunction<String> collabIndex) {
			int[] fns = indexes(c.functions(), functionIndex);
			Arrays.sort(fns);
			int[] deps = indexes(c.dependsOn(), collabIndex);
			row(c.id(), c.name(), c.kind(), c.scope(), c.status(), Day.from(c.started()), Day.until(c.ended()),
					c.annualCost(), fns, deps);
			figures.add(c.figures());
		}

		/** The indexes of the known ids, in the order of the list. */
		private static int[] indexes(List<String> ids, ToIntFunction<String> index) {
			int[] found = new int[ids.size()];
			int n = 0;
			for (String id : ids) {
				int i = id == null ? -1 : index.applyAsInt(id);
				if (i >= 0) {
					found[n++] = i;
				}
			}
			return n == found.length ? found : Arrays.copyOf(found, n);
		}

		/** A deleted collaboration keeps its index until the next full build, and is never active. */
		void tombstone(String id) {
			row(id, id, "", "", "deleted", Day.OPEN, Day.OPEN, null, new int[0], new int[0]);
			figures.add(List.of());
		}

		/** Copies the old table's collaboration {@code c}, by code. */
		void copy(int c) {
			int row = ids.size();
			grow(row);
			ids.copy(c);
			names.copy(c);
			kinds.copy(c);
			scopes.copy(c);
			statuses.copy(c);
			started.copy(old.started, c, 1);
			ended.copy(old.ended, c, 1);
			functions.copy(c);
			dependsOn.copy(c);
			costs[row] = old.costs.get(c);
			hasCost[row >> 6] |= (old.hasCost[c >> 6] >>> c & 1L) << row;
			figures.copy(c);
		}

		private void row(String id, String name, String kind, String scope, String status, int from, int to,
				Double cost, int[] fns, int[] deps) {
			int row = ids.size();
			ids.add(id);
			names.add(name);
			rowFacts(row, kind, scope, status, from, to, cost, fns, deps);
		}

		private void rowFacts(int row, String kind, String scope, String status, int from, int to, Double cost,
				int[] fns, int[] deps) {
			grow(row);
			kinds.add(kind);
			scopes.add(scope);
			statuses.add(status);
			started.add(from);
			ended.add(to);
			functions.add(fns);
			dependsOn.add(deps);
			costs[row] = cost == null ? 0 : cost;
			hasCost[row >> 6] |= cost == null ? 0 : 1L << row;
		}

		private void grow(int row) {
			if (row == costs.length) {
				costs = Arrays.copyOf(costs, row * 2 + 8);
				hasCost = Arrays.copyOf(hasCost, (costs.length + 63) >> 6);
			}
		}

		CollabTable build() {
			return new CollabTable(this);
		}
	}
}
