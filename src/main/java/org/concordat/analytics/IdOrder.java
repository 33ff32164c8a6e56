package org.concordat.analytics;

import java.util.Arrays;
import java.util.Comparator;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Each force's and collaboration's position in id order, worked out once per snapshot: answers list ids
 * sorted, and sorting small ints by a precomputed rank is several times cheaper than comparing strings on
 * every request. Deleted forces (null ids) rank last.
 */
final class IdOrder {

	private final int[] forceRank;

	private final int[] forceByRank;

	private final int[] collabRank;

	private IdOrder(RegisterSnapshot s) {
		forceByRank = sorted(s.forceCount(), s::forceId);
		forceRank = inverse(forceByRank);
		collabRank = inverse(sorted(s.collabCount(), c -> s.collabId(c)));
	}

	static IdOrder of(RegisterSnapshot s) {
		return s.derived(IdOrder.class, IdOrder::new);
	}

	/** Force indexes to their ids, in id order; {@code forces} is reordered in place. */
	String[] forceIds(RegisterSnapshot s, int[] forces, int n) {
		for (int i = 0; i < n; i++) {
			forces[i] = forceRank[forces[i]];
		}
		Arrays.sort(forces, 0, n);
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			forces[i] = forceByRank[forces[i]];
			ids[i] = s.forceId(forces[i]);
		}
		return ids;
	}

	/** The positions 0..n-1 of {@code forces}, ordered by the forces' ids. */
	int[] positionsById(int[] forces) {
		long[] keyed = new long[forces.length];
		for (int i = 0; i < forces.length; i++) {
			keyed[i] = (long) forceRank[forces[i]] << 32 | i;
		}
		Arrays.sort(keyed);
		int[] positions = new int[forces.length];
		for (int i = 0; i < forces.length; i++) {
			positions[i] = (int) keyed[i];
		}
		return positions;
	}

	int collabRank(int c) {
		return collabRank[c];
	}

	private static int[] sorted(int n, java.util.function.IntFunction<String> id) {
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = id.apply(i);
		}
		return java.util.stream.IntStream.range(0, n).boxed()
			.sorted(Comparator.comparing((Integer i) -> ids[i], Comparator.nullsLast(Comparator.naturalOrder())))
			.mapToInt(Integer::intValue).toArray();
	}

	private static int[] inverse(int[] byRank) {
		int[] rank = new int[byRank.length];
		for (int r = 0; r < byRank.length; r++) {
			rank[byRank[r]] = r;
		}
		return rank;
	}
}
