package org.concordat.analytics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Each force's and collaboration's position in id order, worked out once per snapshot: answers list ids
 * sorted, and sorting small ints by a precomputed rank is several times cheaper than comparing strings on
 * every request. Deleted forces (null ids) rank last.
 */
final class IdOrder {

	private final Ranks forces;

	private final Ranks collabs;

	private final Ranks functions;

	private IdOrder(RegisterSnapshot s) {
		forces = Ranks.of(s.forceCount(), s::forceId);
		collabs = Ranks.of(s.collabCount(), s::collabId);
		functions = Ranks.of(s.functionCount(), s::functionId);
	}

	static IdOrder of(RegisterSnapshot s) {
		return s.derived(IdOrder.class, IdOrder::new);
	}

	/** Force indexes to their ids, in id order; {@code forces} is reordered in place. */
	String[] forceIds(RegisterSnapshot s, int[] forces, int n) {
		this.forces.sortInto(forces, 0, n, forces, 0);
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = s.forceId(forces[i]);
		}
		return ids;
	}

	/** The first {@code k} of {@code forces} in id order, in that order (all of them when k is no fewer). */
	int[] firstForces(int[] forces, int k) {
		if (k >= forces.length) {
			int[] all = new int[forces.length];
			sortForcesInto(forces, all, 0);
			return all;
		}
		FirstK first = new FirstK(k, null); // by rank, compared as plain ints
		for (int f : forces) {
			first.offer(this.forces.rank[f]);
		}
		int[] found = first.inOrder();
		for (int i = 0; i < found.length; i++) {
			found[i] = this.forces.at[found[i]];
		}
		return found;
	}

	/** The id of the force at position {@code rank} in id order. */
	String forceIdAt(RegisterSnapshot s, int rank) {
		return s.forceId(forces.at[rank]);
	}

	int forceRank(int f) {
		return forces.rank[f];
	}

	int functionRank(int fn) {
		return functions.rank[fn];
	}

	int collabRank(int c) {
		return collabs.rank[c];
	}

	/** Writes the force indexes {@code indexes} into {@code out} from {@code from}, in id order. */
	void sortForcesInto(int[] indexes, int[] out, int from) {
		forces.sortInto(indexes, 0, indexes.length, out, from);
	}

	/** Writes the collaboration indexes {@code indexes} into {@code out} from {@code from}, in id order. */
	void sortCollabsInto(int[] indexes, int[] out, int from) {
		collabs.sortInto(indexes, 0, indexes.length, out, from);
	}

	/** Each index's position in the ascending order of the ids ({@code rank}), and the index at each position ({@code at}). */
	private record Ranks(int[] rank, int[] at) {

		static Ranks of(int n, IntFunction<String> id) {
			String[] ids = new String[n];
			for (int i = 0; i < n; i++) {
				ids[i] = id.apply(i);
			}
			int[] at = IntStream.range(0, n).boxed()
				.sorted(Comparator.comparing((Integer i) -> ids[i], Comparator.nullsLast(Comparator.naturalOrder())))
				.mapToInt(Integer::intValue).toArray();
			int[] rank = new int[n];
			for (int r = 0; r < n; r++) {
				rank[at[r]] = r;
			}
			return new Ranks(rank, at);
		}

		/** {@code indexes[from..to)} into {@code out} from {@code at0}, in id order ({@code out} may be {@code indexes}). */
		void sortInto(int[] indexes, int from, int to, int[] out, int at0) {
			int n = to - from;
			for (int i = 0; i < n; i++) {
				out[at0 + i] = rank[indexes[from + i]];
			}
			Arrays.sort(out, at0, at0 + n);
			for (int i = at0; i < at0 + n; i++) {
				out[i] = at[out[i]];
			}
		}
	}
}
