package org.concordat.analytics;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Breadth-first search over the co-membership graph at D without listing its edges: from a force, through
 * each of its network collaborations, to every other active member (Moore, 1959). Distances count
 * force-to-force steps; -1 means unreachable.
 */
final class CoMembershipBfs {

	private CoMembershipBfs() {
	}

	static int[] distances(AsOf asOf, int[] sources) {
		return distances(asOf, sources, Integer.MAX_VALUE);
	}

	/**
	 * Distances up to {@code depth}: vertices at that distance are reached but not expanded, so every vertex
	 * nearer than {@code depth} + 1 has its exact distance and the rest of the graph is never walked.
	 */
	static int[] distances(AsOf asOf, int[] sources, int depth) {
		int[] dist = new int[asOf.snapshot().forceCount()];
		Arrays.fill(dist, -1);
		boolean[] collabSeen = new boolean[asOf.snapshot().collabCount()];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int s : sources) {
			if (dist[s] < 0) {
				dist[s] = 0;
				queue.add(s);
			}
		}
		while (!queue.isEmpty()) {
			int u = queue.poll();
			if (dist[u] >= depth) {
				continue;
			}
			for (int c : asOf.networkCollabsOf(u)) {
				if (collabSeen[c]) {
					continue; // every member of c was reached the first time c was crossed
				}
				collabSeen[c] = true;
				for (int v : asOf.members(c)) {
					if (dist[v] < 0) {
						dist[v] = dist[u] + 1;
						queue.add(v);
					}
				}
			}
		}
		return dist;
	}
}
