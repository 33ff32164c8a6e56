package org.concordat.analytics.snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import org.concordat.collaboration.Collaboration;

/**
 * Builds a {@link CollabTable} collaboration by collaboration: a new record, a tombstone, or a copy of an older
 * table's row, by code.
 */
final class CollabTableBuilder {

	final CollabTable old;

	final TextColumnBuilder ids;

	final WordColumnBuilder names;

	final Coded.Builder<String> kinds;

	final Coded.Builder<String> scopes;

	final Coded.Builder<String> statuses;

	final DayColumn.Builder started;

	final DayColumn.Builder ended;

	final Coded.Builder<int[]> functions;

	final Coded.Builder<int[]> dependsOn;

	final FigureTableBuilder figures;

	double[] costs;

	long[] hasCost;

	CollabTableBuilder(CollabTable old, int capacity) {
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
		figures = new FigureTableBuilder(old == null ? null : old.figures, capacity);
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

	/** Copies the old table's collaborations {@code from .. from+n-1}, by code (an advance copies long runs). */
	void copy(int from, int n) {
		int row = ids.size();
		ids.copy(from, n);
		names.copy(from, n);
		kinds.copy(from, n);
		scopes.copy(from, n);
		statuses.copy(from, n);
		started.copy(old.started, from, n);
		ended.copy(old.ended, from, n);
		functions.copy(from, n);
		dependsOn.copy(from, n);
		for (int k = 0; k < n; k++) {
			grow(row + k);
			costs[row + k] = old.costs.get(from + k);
			hasCost[row + k >> 6] |= (old.hasCost[from + k >> 6] >>> from + k & 1L) << row + k;
		}
		figures.copy(from, n);
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
