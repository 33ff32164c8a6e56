package org.concordat.generate;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Picks a collaboration's member agencies: a bilateral pair from one state (one in ten across a border),
 * a regional set from one state, a multi-state set from the home state and up to four others, a national set
 * from everywhere. Distinct members come from Floyd's algorithm (Bentley and Floyd, "A sample of
 * brilliance", CACM 1987), which draws k of n in O(k).
 */
final class Members {

	private Members() {
	}

	static int[] pick(Scope scope, int size, int home, Agencies agencies, Random random) {
		int[] pool = switch (scope) {
			case BILATERAL -> random.nextInt(10) == 0 ? all(agencies) : agencies.byRegion[home];
			case REGIONAL -> agencies.byRegion[home];
			case MULTI_REGIONAL -> regions(home, agencies, random);
			case NATIONAL -> all(agencies);
		};
		if (pool.length < size) {
			pool = all(agencies);
		}
		int[] chosen = floyd(pool, size, random);
		if (scope == Scope.BILATERAL && chosen[0] > chosen[1]) {
			chosen = new int[] { chosen[1], chosen[0] };
		}
		return chosen;
	}

	private static int[] floyd(int[] pool, int k, Random random) {
		Set<Integer> chosen = new LinkedHashSet<>();
		for (int j = pool.length - k; j < pool.length; j++) {
			int t = random.nextInt(j + 1);
			if (!chosen.add(pool[t])) {
				chosen.add(pool[j]);
			}
		}
		int[] members = chosen.stream().mapToInt(Integer::intValue).toArray();
		// The first member founds it (and may host it); the rest in agency order, as a register would list them.
		Arrays.sort(members, 1, members.length);
		return members;
	}

	private static int[] regions(int home, Agencies agencies, Random random) {
		Set<Integer> regions = new LinkedHashSet<>();
		regions.add(home);
		int extra = 1 + random.nextInt(4);
		while (regions.size() < 1 + extra) {
			regions.add(random.nextInt(agencies.byRegion.length));
		}
		return regions.stream().flatMapToInt(r -> Arrays.stream(agencies.byRegion[r])).toArray();
	}

	private static int[] all(Agencies agencies) {
		return agencies.all;
	}
}
