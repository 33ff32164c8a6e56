package org.concordat.analytics;

/**
 * Into how many pieces a component of the co-membership graph falls when some memberships are taken out,
 * found without walking the whole component: one breadth-first search per seed (every place the removal could
 * cut), run in turns; searches that meet are merged (union–find over searches), and the run stops as soon as
 * at most one merged group can still grow. The closed groups are whole pieces, the last one is the rest of
 * the component, so the work is bounded by the smaller pieces, not by the component (the interleaved search
 * of dynamic connectivity, e.g. Even and Shiloach, "An on-line edge-deletion problem", JACM 1981).
 */
final class Pieces {

	/** Whether force {@code f}'s membership of network collaboration {@code c} is still an edge. */
	interface Edges {

		boolean keeps(int f, int c);
	}

	private Pieces() {
	}

	static int count(AsOf asOf, int[] seeds, Edges edges) {
		int k = seeds.length;
		int[] forceLabel = new int[asOf.snapshot().forceCount()];
		int[] collabLabel = new int[asOf.snapshot().collabCount()];
		// (fresh arrays: zeroing 230 kB at national scale costs tens of microseconds, a small part of a withdrawal)
		int[] parent = new int[k];
		IntQueue[] queues = new IntQueue[k];
		for (int i = 0; i < k; i++) {
			parent[i] = i;
			queues[i] = new IntQueue();
			if (forceLabel[seeds[i]] != 0) {
				union(parent, i, forceLabel[seeds[i]] - 1);
			}
			else {
				forceLabel[seeds[i]] = i + 1;
				queues[i].add(seeds[i]);
			}
		}
		while (growingGroups(parent, queues) > 1) {
			for (int i = 0; i < k; i++) {
				if (!queues[i].isEmpty()) {
					expand(asOf, edges, queues[i].poll(), i, forceLabel, collabLabel, parent, queues[i]);
				}
			}
		}
		int groups = 0;
		for (int i = 0; i < k; i++) {
			groups += find(parent, i) == i ? 1 : 0;
		}
		return groups;
	}

	private static void expand(AsOf asOf, Edges edges, int u, int i, int[] forceLabel, int[] collabLabel,
			int[] parent, IntQueue queue) {
		for (int c : asOf.networkCollabsOf(u)) {
			if (!edges.keeps(u, c)) {
				continue;
			}
			if (collabLabel[c] != 0) {
				union(parent, i, collabLabel[c] - 1); // someone crossed c already: all its members are theirs
				continue;
			}
			collabLabel[c] = i + 1;
			for (int v : asOf.members(c)) {
				if (!edges.keeps(v, c)) {
					continue;
				}
				if (forceLabel[v] == 0) {
					forceLabel[v] = i + 1;
					queue.add(v);
				}
				else {
					union(parent, i, forceLabel[v] - 1);
				}
			}
		}
	}

	private static int growingGroups(int[] parent, IntQueue[] queues) {
		int first = -1;
		for (int i = 0; i < queues.length; i++) {
			if (!queues[i].isEmpty()) {
				int root = find(parent, i);
				if (first < 0) {
					first = root;
				}
				else if (root != first) {
					return 2;
				}
			}
		}
		return first < 0 ? 0 : 1;
	}

	private static int find(int[] parent, int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

	/** A growable queue of ints: the searches queue thousands of forces, and boxing each was most of their cost. */
	private static final class IntQueue {

		private int[] items = new int[16];

		private int head;

		private int tail;

		void add(int value) {
			if (tail == items.length) {
				items = head > items.length / 2 ? compacted() : java.util.Arrays.copyOf(items, items.length * 2);
			}
			items[tail++] = value;
		}

		private int[] compacted() {
			int[] kept = java.util.Arrays.copyOfRange(items, head, head + items.length);
			tail -= head;
			head = 0;
			return kept;
		}

		int poll() {
			return items[head++];
		}

		boolean isEmpty() {
			return head == tail;
		}
	}
}
