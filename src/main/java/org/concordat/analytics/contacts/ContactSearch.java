package org.concordat.analytics.contacts;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;

/**
 * The hops from force F to every candidate collaboration that can still matter, and the smallest-id route
 * to each, from one breadth-first search (Moore, 1959) over the co-membership graph at D that stops as soon
 * as the answer is settled.
 *
 * <p><b>Hops.</b> The search goes out level by level; a candidate collaboration is resolved the moment its
 * first target (a force whose membership of it began by D) is reached, at that force's distance. Once level d
 * is reached whole, every unresolved candidate is at least d + 1 hops away or unreachable.
 *
 * <p><b>Stopping.</b> The candidates are those of one tier ({@link ContactFinder} searches each tier apart, the
 * first tier's answer ranking before the second's), so the bar compares scores alone. The ranking within a tier
 * puts the reachable first, then higher scores, then person and collaboration id. Once {@code limit} candidates are resolved, the worst of the best {@code limit} of them (kept in
 * a {@link FirstK}) is a bar: a resolved candidate's place is final, and an unresolved one can score at
 * most its score at d + 1 hops ({@link ContactScore}: scores never rise with hops) or, unreachable, rank after
 * every reachable one. Before expanding level d, the unresolved candidates are tried in descending
 * {@link ContactScore#bound} (the first whose bound is certainly below the bar ends the check): one whose score
 * at d + 1, with its person and collaboration, does not rank before the bar cannot enter the answer; for one
 * that could, {@link NextLevelProbe} tells from its targets' side whether it is exactly d + 1 hops away, and
 * if so resolves it there (raising the bar, perhaps); if not, it is at least d + 2 away and cannot enter
 * unless its score at d + 2 ranks before the bar, in which case level d is expanded after all. When every
 * candidate is ruled out or resolved so, no unresolved one can enter the answer and the search stops. It also
 * stops when every candidate is resolved, or when the graph is exhausted (the rest are unreachable).
 *
 * <p><b>Routes.</b> Forces are expanded in queue order, each force's collaborations in id order and each
 * collaboration's members in id order (the day's lists: an index is its id's rank), and a force keeps the force and
 * collaboration it was first reached from. By induction on the level, the queue order within a level is the
 * lexicographic order of the forces' smallest routes from F, a route compared as its sequence (collaboration
 * id, force id, collaboration id, …): the smallest route to v extends the smallest route to the first-queued
 * neighbour u one level nearer (routes of one length differ first within their common part, so the prefix
 * decides), through the smallest collaboration shared by u and v; u expands before the other such
 * neighbours, meets those collaborations in id order, and a collaboration already crossed had all its
 * members reached by an earlier force. So the first target of a candidate reached carries, through the kept
 * links, the lexicographically smallest shortest route from F to any of its targets. That is exactly the
 * route the walk from F towards the targets choosing the smallest (collaboration id, force id) one step
 * nearer at each step produces, since every step of it may be completed to a shortest route.
 */
final class ContactSearch {

	private final AsOf asOf;

	private final ContactCandidates candidates;

	private final ContactScratch x;

	/** The best resolved candidates: a higher score first, then a smaller rank by person and collaboration id. */
	private final FirstK best;

	private final NextLevelProbe probe;

	private int tail;

	private int resolvedKeys;

	private int cursor;

	private int probed;

	ContactSearch(AsOf asOf, ContactCandidates candidates, ContactScratch x, int limit) {
		this.asOf = asOf;
		this.candidates = candidates;
		this.x = x;
		x.begin(candidates.collab.length, candidates.keyCount());
		this.best = new FirstK(limit, (a, b) -> before(x.score[a], candidates.nameRank[a], b) ? -1
				: before(x.score[b], candidates.nameRank[b], a) ? 1 : 0);
		this.probe = new NextLevelProbe(asOf, candidates, x);
	}

	/** Searches from {@code force}; afterwards {@link #best()}, {@link #hops} and {@link #route} answer. */
	ContactSearch from(int force) {
		reach(force, -1, -1, 0);
		int head = 0;
		for (int d = 0; resolvedKeys < candidates.keyCount() && head < tail && !settled(d, head, tail); d++) {
			int end = tail;
			for (int i = head; i < end; i++) {
				int u = x.queue[i];
				for (int c : asOf.networkCollabsOf(u)) {
					if (x.crossed[c] != x.stamp) {
						x.crossed[c] = x.stamp; // every member of c is reached the first time c is crossed
						for (int v : asOf.members(c)) {
							if (x.seen[v] != x.stamp) {
								reach(v, u, c, d + 1);
							}
						}
					}
				}
			}
			head = end;
		}
		return this;
	}

	private void reach(int v, int from, int through, int distance) {
		x.seen[v] = x.stamp;
		x.parent[v] = from;
		x.via[v] = through;
		x.queue[tail++] = v;
		for (int i = candidates.targetOfStart[v]; i < candidates.targetOfStart[v + 1]; i++) {
			int cc = candidates.targetOf[i];
			if (x.resolved[cc] != x.stamp) {
				resolve(cc, v, distance);
			}
		}
	}

	private void resolve(int cc, int target, int distance) {
		x.resolved[cc] = x.stamp;
		x.hops[cc] = distance;
		x.target[cc] = target;
		for (int k = candidates.keyStart[cc]; k < candidates.keyStart[cc + 1]; k++) {
			x.score[k] = candidates.score(k, distance);
			best.offer(k);
			resolvedKeys++;
		}
	}

	/**
	 * Whether no unresolved candidate could rank before the bar, levels 0 … d being reached and level d (queue
	 * positions {@code head} … {@code end - 1}) not yet expanded; resolves those found at d + 1 on the way.
	 */
	private boolean settled(int d, int head, int end) {
		if (!best.full()) {
			return false;
		}
		double proximity = ContactScore.proximity(d + 1);
		boolean touched = false;
		for (int i = cursor; i < candidates.byBound.length; i++) {
			int k = candidates.byBound[i];
			if (resolved(k)) {
				cursor += i == cursor ? 1 : 0;
				continue;
			}
			int bar = best.worst();
			if (ContactScore.certainlyBelow(candidates.bound[k], proximity, x.score[bar])) {
				return true;
			}
			if (!before(candidates.score(k, d + 1), candidates.nameRank[k], bar)) {
				continue; // not even at d + 1
			}
			if (!touched) {
				probe.touch(head, end);
				touched = true;
			}
			int t = probe.find(candidates.keyCollab[k]);
			if (t >= 0) {
				resolve(candidates.keyCollab[k], t, d + 1);
				probed++;
			}
			else if (before(candidates.score(k, d + 2), candidates.nameRank[k], bar)) {
				return false; // at d + 2 or farther, it might still enter: expand level d
			}
		}
		return true;
	}

	/** Whether a candidate with this score and rank would rank before resolved candidate {@code k}. */
	private boolean before(double score, int rank, int k) {
		return score > x.score[k] || score == x.score[k] && rank < candidates.nameRank[k];
	}

	boolean resolved(int k) {
		return x.resolved[candidates.keyCollab[k]] == x.stamp;
	}

	/** The best resolved candidates, at most {@code limit}, best first. */
	int[] best() {
		return best.inOrder();
	}

	/** How many forces the search reached (F included). */
	int reached() {
		return tail;
	}

	/** How many candidate collaborations it resolved by probing. */
	int probed() {
		return probed;
	}

	/** The candidate's hops, or -1 when it was not resolved. */
	int hops(int k) {
		return resolved(k) ? x.hops[candidates.keyCollab[k]] : -1;
	}

	/** The route to a resolved candidate's collaboration, to its first target reached (see the class comment). */
	int[] route(int k) {
		return x.route(x.target[candidates.keyCollab[k]], x.hops[candidates.keyCollab[k]]);
	}
}
