package org.concordat.analytics;

/**
 * Disjoint sets over {@code 0..n-1} with path halving and union by size (Tarjan, "Efficiency of a good but
 * not linear set union algorithm", JACM 1975). Components of the co-membership graph come from uniting the
 * members of each collaboration, so the force–force edges are never listed.
 */
final class UnionFind {

	private final int[] parent;

	private final int[] size;

	UnionFind(int n) {
		parent = new int[n];
		size = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
			size[i] = 1;
		}
	}

	int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	void union(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return;
		}
		if (size[ra] < size[rb]) {
			int t = ra;
			ra = rb;
			rb = t;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}

	/** Unites all of {@code members} except {@code skip} (pass -1 to skip none). */
	void uniteAll(int[] members, int skip) {
		int first = -1;
		for (int f : members) {
			if (f == skip) {
				continue;
			}
			if (first < 0) {
				first = f;
			}
			else {
				union(first, f);
			}
		}
	}
}
