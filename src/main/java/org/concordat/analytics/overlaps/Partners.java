package org.concordat.analytics.overlaps;

import java.util.Arrays;

/**
 * Scratch space for {@link Overlaps}: for one collaboration A, the partner collaborations met so far and, for
 * each, the members it shares with A, as linked lists in flat arrays. One per thread, reused from request to
 * request and cleared by walking only what was touched: allocating and zeroing arrays sized to a national
 * register (40,000 collaborations) on every request would cost more than the question itself.
 */
final class Partners {

	private static final ThreadLocal<Partners> PER_THREAD = new ThreadLocal<>();

	private final int[] count;

	/** Per collaboration, 1 + the newest entry of its list, or 0. */
	private final int[] head;

	private final int[] touched;

	private int touchedCount;

	private int[] member = new int[1024];

	private int[] next = new int[1024];

	private int entries;

	private Partners(int collabs) {
		count = new int[collabs];
		head = new int[collabs];
		touched = new int[collabs];
	}

	static Partners forThread(int collabs) {
		Partners p = PER_THREAD.get();
		if (p == null || p.count.length < collabs) {
			p = new Partners(collabs);
			PER_THREAD.set(p);
		}
		p.clear(); // a question that failed half-way must not leave its counts to the next
		return p;
	}

	void add(int collab, int force) {
		if (count[collab]++ == 0) {
			touched[touchedCount++] = collab;
		}
		if (entries == member.length) {
			member = Arrays.copyOf(member, entries * 2);
			next = Arrays.copyOf(next, entries * 2);
		}
		member[entries] = force;
		next[entries] = head[collab];
		head[collab] = ++entries;
	}

	int touched() {
		return touchedCount;
	}

	int touched(int i) {
		return touched[i];
	}

	/** How many members are shared with {@code collab}. */
	int count(int collab) {
		return count[collab];
	}

	/** Whether a member shared with {@code collab} is one {@code test} accepts. */
	boolean anySharedWith(int collab, java.util.function.IntPredicate test) {
		for (int e = head[collab]; e != 0; e = next[e - 1]) {
			if (test.test(member[e - 1])) {
				return true;
			}
		}
		return false;
	}

	void clear() {
		for (int i = 0; i < touchedCount; i++) {
			count[touched[i]] = 0;
			head[touched[i]] = 0;
		}
		touchedCount = 0;
		entries = 0;
	}
}
