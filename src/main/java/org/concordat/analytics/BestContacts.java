package org.concordat.analytics;

/**
 * The best {@code limit} candidates seen so far, in a binary heap with the worst at the root (Williams, 1964):
 * better means a higher score, then a smaller rank by person and collaboration id, a total order. Offering
 * costs O(log limit); the worst of a full heap is the bar any other candidate must clear.
 */
final class BestContacts {

	private final int[] heap;

	private final double[] score;

	private final int[] nameRank;

	private final int limit;

	private int size;

	/** @param score per candidate, read when it is offered and compared */
	BestContacts(int[] heap, double[] score, int[] nameRank, int limit) {
		this.heap = heap;
		this.score = score;
		this.nameRank = nameRank;
		this.limit = limit;
	}

	boolean full() {
		return size == limit;
	}

	int size() {
		return size;
	}

	/** The worst held: with a full heap, the bar to clear. */
	int worst() {
		return heap[0];
	}

	/** Whether a candidate with this score and rank would rank before {@code k}. */
	boolean before(double score, int rank, int k) {
		return score > this.score[k] || score == this.score[k] && rank < nameRank[k];
	}

	void offer(int k) {
		if (size < limit) {
			heap[size] = k;
			up(size++);
		}
		else if (before(score[k], nameRank[k], heap[0])) {
			heap[0] = k;
			down(0);
		}
	}

	/** The candidates held, best first; empties the heap. */
	int[] drain() {
		int[] sorted = new int[size];
		for (int i = size - 1; i >= 0; i--) {
			sorted[i] = heap[0];
			heap[0] = heap[--size];
			down(0);
		}
		return sorted;
	}

	private boolean worse(int a, int b) {
		return before(score[b], nameRank[b], a);
	}

	private void up(int i) {
		while (i > 0 && worse(heap[i], heap[(i - 1) / 2])) {
			swap(i, (i - 1) / 2);
			i = (i - 1) / 2;
		}
	}

	private void down(int i) {
		while (true) {
			int worst = i;
			for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
				if (worse(heap[child], heap[worst])) {
					worst = child;
				}
			}
			if (worst == i) {
				return;
			}
			swap(i, worst);
			i = worst;
		}
	}

	private void swap(int i, int j) {
		int t = heap[i];
		heap[i] = heap[j];
		heap[j] = t;
	}
}
