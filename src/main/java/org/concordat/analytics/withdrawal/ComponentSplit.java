package org.concordat.analytics.withdrawal;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;

/**
 * Into how many pieces a component of the co-membership graph falls when some memberships are taken out,
 * found without walking the whole component: one breadth-first search per seed (every place the removal could
 * cut), run in turns; searches that meet are merged (union–find over searches), and the run stops as soon as
 * at most one merged group can still grow. The closed groups are whole pieces, the last one is the rest of
 * the component, so the work is bounded by the smaller pieces, not by the component (the interleaved search
 * of dynamic connectivity, e.g. Even and Shiloach, "An on-line edge-deletion problem", JACM 1981).
 */
final class ComponentSplit {

	/**
	 * What the withdrawal takes out: every membership of the {@code dissolved} collaborations (ascending), and
	 * the {@code leaving} force's memberships of {@code leftBehind} (ascending; null for all of them).
	 */
	record Cut(int leaving, int[] leftBehind, int[] dissolved) {

		/** Whether network collaboration {@code c} still joins any of its members. */
		boolean joins(int c) {
			return dissolved.length == 0 || !IndexLists.contains(dissolved, c);
		}

		/** Whether force {@code f} still belongs to {@code c}, a collaboration that {@link #joins}. */
		boolean keeps(int f, int c) {
			return f != leaving || leftBehind != null && !IndexLists.contains(leftBehind, c);
		}
	}

	private ComponentSplit() {
	}

	static int count(AsOf asOf, int[] seeds, Cut cut) {
		Labels labels = Labels.forThread(asOf.snapshot().forceCount(), asOf.snapshot().collabCount());
		int k = seeds.length;
		int[] parent = new int[k];
		IntQueue[] queues = new IntQueue[k]; // a few: one per place the withdrawal cuts
		for (int i = 0; i < k; i++) {
			parent[i] = i;
			queues[i] = new IntQueue();
			int other = labels.force(seeds[i]);
			if (other >= 0) {
				union(parent, i, other);
			}
			else {
				labels.labelForce(seeds[i], i);
				queues[i].add(seeds[i]);
			}
		}
		// the groups still growing change only when two meet or a search runs dry (an empty queue stays empty)
		boolean changed = true;
		while (!changed || growingGroups(parent, queues) > 1) {
			changed = false;
			for (int i = 0; i < k; i++) {
				if (!queues[i].isEmpty()) {
					changed |= expand(asOf, cut, queues[i].poll(), i, labels, parent, queues[i]) || queues[i].isEmpty();
				}
			}
		}
		return (int) java.util.stream.IntStream.range(0, k).filter(i -> find(parent, i) == i).count(); // the groups
	}

	/** @return whether search {@code i} met another one */
	private static boolean expand(AsOf asOf, Cut cut, int u, int i, Labels labels, int[] parent, IntQueue queue) {
		boolean met = false;
		for (int c : asOf.networkCollabsOf(u)) {
			if (!cut.joins(c) || !cut.keeps(u, c)) {
				continue;
			}
			int crossedBy = labels.collab(c);
			if (crossedBy >= 0) {
				met |= crossedBy != i && union(parent, i, crossedBy); // someone crossed c already: its members are theirs
				continue;
			}
			labels.labelCollab(c, i);
			for (int v : asOf.members(c)) {
				int reachedBy = labels.force(v);
				if (reachedBy < 0) {
					if (cut.keeps(v, c)) {
						labels.labelForce(v, i);
						queue.add(v);
					}
				}
				else if (reachedBy != i && cut.keeps(v, c)) {
					met |= union(parent, i, reachedBy);
				}
			}
		}
		return met;
	}

	private static int growingGroups(int[] parent, IntQueue[] queues) {
		int first = -1;
		for (int i = 0; i < parent.length; i++) {
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

	/** @return whether a and b were in different groups */
	private static boolean union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		parent[ra] = rb;
		return ra != rb;
	}

	/**
	 * Which search reached each force and crossed each collaboration. One per thread, reused and cleared by
	 * walking only what was labelled: arrays sized to a national register (230 kB) zeroed twice a withdrawal
	 * cost more than the searches, which mostly stop after a few hundred forces.
	 */
	private static final class Labels {

		private static final ThreadLocal<Labels> PER_THREAD = new ThreadLocal<>();

		/** 1 + the search, or 0. */
		private final int[] forceLabel;

		private final int[] collabLabel;

		private final IntQueue labelledForces = new IntQueue();

		private final IntQueue labelledCollabs = new IntQueue();

		private Labels(int forces, int collabs) {
			forceLabel = new int[forces];
			collabLabel = new int[collabs];
		}

		static Labels forThread(int forces, int collabs) {
			Labels labels = PER_THREAD.get();
			if (labels == null || labels.forceLabel.length < forces || labels.collabLabel.length < collabs) {
				labels = new Labels(forces, collabs);
				PER_THREAD.set(labels);
			}
			labels.clear();
			return labels;
		}

		/** The search that reached {@code f}, or -1. */
		int force(int f) {
			return forceLabel[f] - 1;
		}

		int collab(int c) {
			return collabLabel[c] - 1;
		}

		void labelForce(int f, int search) {
			forceLabel[f] = search + 1;
			labelledForces.add(f);
		}

		void labelCollab(int c, int search) {
			collabLabel[c] = search + 1;
			labelledCollabs.add(c);
		}

		private void clear() {
			while (!labelledForces.isEmpty()) {
				forceLabel[labelledForces.poll()] = 0;
			}
			while (!labelledCollabs.isEmpty()) {
				collabLabel[labelledCollabs.poll()] = 0;
			}
			labelledForces.clear();
			labelledCollabs.clear();
		}
	}

	/**
	 * A growable queue of ints: the searches queue thousands of forces, and boxing each was most of their
	 * cost. Its array is kept when it is cleared (the labels' own queues, per thread). A search's queues are new
	 * each time: since most withdrawals at national scale are read from the whole network's cut vertices
	 * ({@link NetworkEffect}), keeping them per thread as well saved too little for its lines.
	 */
	private static final class IntQueue {

		private int[] items = new int[16];

		private int head;

		private int tail;

		void add(int value) {
			if (tail == items.length) {
				if (head > items.length / 2) { // more than half already taken: move the rest to the front
					System.arraycopy(items, head, items, 0, tail - head);
					tail -= head;
					head = 0;
				}
				else {
					items = java.util.Arrays.copyOf(items, items.length * 2);
				}
			}
			items[tail++] = value;
		}

		void clear() {
			head = 0;
			tail = 0;
		}

		int poll() {
			return items[head++];
		}

		boolean isEmpty() {
			return head == tail;
		}
	}
}
