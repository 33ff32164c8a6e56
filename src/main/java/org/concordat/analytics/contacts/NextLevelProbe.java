package org.concordat.analytics.contacts;

import org.concordat.analytics.AsOf;

/**
 * Whether a candidate collaboration that the search has not reached lies exactly one level beyond the last
 * level reached, found from the side of its targets instead of by expanding that level, and if so, the target
 * and route the expansion would have given it ({@link ContactSearch} uses this to avoid expanding a level of
 * thousands of forces for the sake of a few candidates).
 *
 * <p>Let levels 0 … d be reached and level d not yet expanded. {@link #touch} marks every network
 * collaboration of a level-d force with the queue position of the first level-d force (in queue order) that
 * is its member. A target t not yet reached is at distance ≥ d + 1; it is at d + 1 exactly when it shares a
 * network collaboration with a level-d force, that is, when one of its network collaborations is marked
 * (collaborations marked at earlier levels were crossed then, so all their members were reached: t is in
 * none of them).
 *
 * <p>The route. Expanding level d would reach t first from u*, the first level-d force in queue order that
 * shares a collaboration with t, through c*, the smallest-id collaboration they share: no earlier force shares
 * one, and a shared collaboration already crossed would have reached t before. u* is the smallest mark among
 * t's collaborations; the collaborations of t bearing that mark are exactly those it shares with u*, so c* is
 * the first of them in id order. And expansion reaches the forces of level d + 1 in the order of (position of
 * u*, id of c*, id of t), so the target it would reach first is the one smallest in that order.
 */
final class NextLevelProbe {

	private final AsOf asOf;

	private final ContactCandidates candidates;

	private final ContactScratch x;

	NextLevelProbe(AsOf asOf, ContactCandidates candidates, ContactScratch x) {
		this.asOf = asOf;
		this.candidates = candidates;
		this.x = x;
	}

	/** Marks the network collaborations of the forces at queue positions {@code head} … {@code end - 1}. */
	void touch(int head, int end) {
		for (int i = head; i < end; i++) {
			int u = x.queue[i];
			for (int c : asOf.networkCollabsOf(u)) {
				if (x.touched[c] != x.stamp) {
					x.touched[c] = x.stamp;
					x.firstToucher[c] = i;
				}
			}
		}
	}

	/**
	 * The target of candidate collaboration {@code cc} at the next level that expansion would reach first, its
	 * link back (force and collaboration) recorded; -1 when none of its targets is at the next level.
	 */
	int find(int cc) {
		int best = -1;
		int bestPosition = 0;
		int bestVia = -1;
		for (int i = candidates.targetStart[cc]; i < candidates.targetStart[cc + 1]; i++) {
			int t = candidates.targets[i];
			int position = Integer.MAX_VALUE;
			int via = -1;
			for (int c : asOf.networkCollabsOf(t)) { // in id order: on equal marks the first has the smallest id
				if (x.touched[c] == x.stamp && x.firstToucher[c] < position) {
					position = x.firstToucher[c];
					via = c;
				}
			}
			if (via >= 0 && (best < 0 || position < bestPosition || position == bestPosition
					&& (via < bestVia || via == bestVia && t < best))) {
				best = t;
				bestPosition = position;
				bestVia = via;
			}
		}
		if (best >= 0) {
			x.parent[best] = x.queue[bestPosition];
			x.via[best] = bestVia;
		}
		return best;
	}
}
