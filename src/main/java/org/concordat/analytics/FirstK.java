package org.concordat.analytics;

/**
 * The first k of n items in a given order, in that order, without sorting all n: a binary heap holds the k
 * best so far with the worst of them on top, and each further item costs one comparison with that worst
 * unless it beats it (then O(log k) to put it in). O(n log k) in all, against O(n log n) for a sort; answers
 * list the first 25, 50 or 100 of thousands (Williams, "Algorithm 232: Heapsort", CACM 7(6), 1964).
 */
public final class FirstK {

	/** A total order on int items (ids are distinct, so ties are broken by id and never left open). */
	public interface Order {

		int compare(int a, int b);
	}

	private final Order order;

	private final int k;

	private int[] heap;

	private int size;

	/** @param order the order, or null for ints in ascending order (no call per comparison) */
	public FirstK(int k, Order order) {
		this.order = order;
		this.k = Math.max(0, k);
		this.heap = new int[Math.min(this.k, 64)]; // k may stand for "all": grown as items come
	}

	/** The first {@code k} of {@code items[0..n)}, in order. */
	public static int[] of(int[] items, int n, int k, Order order) {
		FirstK first = new FirstK(Math.min(k, n), order);
		for (int i = 0; i < n; i++) {
			first.offer(items[i]);
		}
		return first.inOrder();
	}

	public void offer(int item) {
		if (size < k) {
			if (size == heap.length) {
				heap = java.util.Arrays.copyOf(heap, (int) Math.min(k, 2L * size));
			}
			heap[size] = item;
			up(size++);
		}
		else if (size > 0 && compare(item, heap[0]) < 0) {
			heap[0] = item;
			down(0, size);
		}
	}

	/**
	 * Whether k are held: the worst of them is then the bar any further item must clear. A FirstK of none is never
	 * full, since it has no worst to ask for (it keeps nothing whatever is offered).
	 */
	public boolean full() {
		return size == k && k > 0;
	}

	/** The worst held (the last in order), while some are. */
	public int worst() {
		return heap[0];
	}

	/** What was kept, first first; the heap is spent (heapsort takes the worst off the top each time). */
	public int[] inOrder() {
		for (int end = size - 1; end > 0; end--) {
			int worst = heap[0];
			heap[0] = heap[end];
			heap[end] = worst;
			down(0, end);
		}
		int[] sorted = java.util.Arrays.copyOf(heap, size);
		size = 0;
		return sorted;
	}

	private void up(int i) {
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (compare(heap[i], heap[parent]) <= 0) {
				return;
			}
			swap(i, parent);
			i = parent;
		}
	}

	private void down(int i, int end) {
		while (true) {
			int child = 2 * i + 1;
			if (child >= end) {
				return;
			}
			if (child + 1 < end && compare(heap[child + 1], heap[child]) > 0) {
				child++;
			}
			if (compare(heap[child], heap[i]) <= 0) {
				return;
			}
			swap(i, child);
			i = child;
		}
	}

	private int compare(int a, int b) {
		return order == null ? Integer.compare(a, b) : order.compare(a, b);
	}

	private void swap(int a, int b) {
		int t = heap[a];
		heap[a] = heap[b];
		heap[b] = t;
	}
}
