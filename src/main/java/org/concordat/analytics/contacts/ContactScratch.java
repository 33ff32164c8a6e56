package org.concordat.analytics.contacts;


import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * The arrays one contact search works in, reused from request to request instead of allocated: a pool per
 * snapshot (its sizes follow the snapshot's), one set per request under way. Marks are stamps: an entry is
 * set when it holds the current search's number, so nothing is cleared between searches.
 */
final class ContactScratch {

	/** Per force: reached in this search; the force and collaboration it was reached from; the search queue. */
	final int[] seen;

	final int[] parent;

	final int[] via;

	final int[] queue;

	/** Per collaboration: crossed in this search; marked by {@link NextLevelProbe#touch}, and by which force. */
	final int[] crossed;

	final int[] touched;

	final int[] firstToucher;

	/** Per candidate collaboration: resolved in this search, its hops, its first target reached. */
	int[] resolved = new int[0];

	int[] hops = new int[0];

	int[] target = new int[0];

	/** Per candidate: its score at its hops. */
	double[] score = new double[0];

	int stamp;

	private ContactScratch(int forces, int collabs) {
		seen = new int[forces];
		parent = new int[forces];
		via = new int[forces];
		queue = new int[forces];
		crossed = new int[collabs];
		touched = new int[collabs];
		firstToucher = new int[collabs];
	}

	private static final class Pool extends ConcurrentLinkedQueue<ContactScratch> {
	}

	static ContactScratch take(RegisterSnapshot s) {
		ContactScratch scratch = s.derived(Pool.class, x -> new Pool()).poll();
		return scratch != null ? scratch : new ContactScratch(s.forceCount(), s.collabCount());
	}

	void release(RegisterSnapshot s) {
		s.derived(Pool.class, x -> new Pool()).offer(this);
	}

	/**
	 * The route to {@code t}, {@code hops} levels out, by the links kept: forces and collaborations
	 * alternating from the search's origin to t, as indexes (collaborations at odd positions).
	 */
	int[] route(int t, int hops) {
		int[] route = new int[2 * hops + 1];
		for (int i = route.length - 1; i > 0; i -= 2) {
			route[i] = t;
			route[i - 1] = via[t];
			t = parent[t];
		}
		route[0] = t;
		return route;
	}

	/** Makes room for a search over {@code collabs} candidate collaborations and {@code keys} candidates. */
	void begin(int collabs, int keys) {
		if (resolved.length < collabs) {
			resolved = new int[collabs];
			hops = new int[collabs];
			target = new int[collabs];
		}
		if (score.length < keys) {
			score = new double[keys];
		}
		if (++stamp == Integer.MAX_VALUE) { // after two billion searches, start the stamps again
			Arrays.fill(seen, 0);
			Arrays.fill(crossed, 0);
			Arrays.fill(touched, 0);
			Arrays.fill(resolved, 0);
			stamp = 1;
		}
	}
}
