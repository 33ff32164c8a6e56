package org.concordat.analytics.contacts;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RecentlyUsed;

/**
 * For a tier with few candidate collaborations ({@link #FEW} at most), each one's hops from every force: one
 * breadth-first search (Moore, 1959) from its targets over the co-membership graph at D per candidate
 * collaboration, worked out once per snapshot, date, topic, tier and network, so that a request reads the hops
 * instead of searching outward from the force.
 *
 * <p>Why: the candidates of such a tier are rare in the register (for the withdrawal theme, the contacts whose own
 * force left their collaboration: 67 collaborations of 40,000 at national scale), so {@link ContactSearch} from the
 * force has to reach most of the network before the tier's best ten are settled (up to 14,109 of 17,541 forces and
 * 1.4 ms; docs/analytics.md). Here a request costs a look-up per candidate and a walk per listed contact. Every tier
 * of at most {@link #FEW} candidate collaborations, of any topic, is served so. They are worked out off the request
 * threads (177–289 ms at national scale), once per date on each snapshot version (so again after any write): the
 * requests that come before they are ready search as before.
 *
 * <p>The route to a candidate is the walk from F that takes, at each step, the smallest (collaboration id, force
 * id) one hop nearer its targets: the lexicographically smallest shortest route, the one {@link ContactSearch}
 * keeps (see its comment). Hops are held in a byte each: a tier with a force 127 hops or more from a candidate is
 * left to the search (the search gives up on meeting a force 126 hops away, whose neighbours would be 127).
 */
final class CandidateHops {

	/** At most this many candidate collaborations: 2.2 MB of hops at national scale. */
	static final int FEW = 128;

	private static final int KEEP = 8;

	private record Key(ContactCandidates candidates, boolean includeNational) {
	}

	/** Per candidate collaboration, per force: its hops, or -1 when unreachable; null when too far apart. */
	private final byte[][] hops;

	private CandidateHops(AsOf asOf, ContactCandidates candidates) {
		this.hops = search(asOf, candidates);
	}

	/** One search from each candidate collaboration's targets; null when a force is too far for a byte. */
	private static byte[][] search(AsOf asOf, ContactCandidates candidates) {
		int[] queue = new int[asOf.snapshot().forceCount()];
		int[] crossed = new int[asOf.snapshot().collabCount()];
		byte[][] hops = new byte[candidates.collab.length][queue.length];
		for (int cc = 0; cc < hops.length; cc++) {
			byte[] h = hops[cc];
			Arrays.fill(h, (byte) -1);
			int tail = 0;
			for (int i = candidates.targetStart[cc]; i < candidates.targetStart[cc + 1]; i++) {
				h[candidates.targets[i]] = 0;
				queue[tail++] = candidates.targets[i];
			}
			for (int head = 0; head < tail; head++) {
				int u = queue[head];
				if (h[u] + 1 == Byte.MAX_VALUE) {
					return null;
				}
				for (int c : asOf.networkCollabsOf(u)) {
					if (crossed[c] != cc + 1) {
						crossed[c] = cc + 1; // every member of c is reached the first time c is crossed
						for (int v : asOf.members(c)) {
							if (h[v] < 0) {
								h[v] = (byte) (h[u] + 1);
								queue[tail++] = v;
							}
						}
					}
				}
			}
		}
		return hops;
	}

	/** The hops of one tier, worked out once (however many ask at once), off the request threads. */
	private record Building(CompletableFuture<CandidateHops> done, AtomicBoolean started) {
	}

	/**
	 * The hops of {@code candidates} at {@code asOf}, or null when they are not few, lie too far apart, or are still
	 * being worked out: asked for the first time, they are worked out on another thread (once, however many ask),
	 * so that no request waits for them; until then the finder searches.
	 *
	 * @param wait whether to wait for them to be worked out (for the tests, which must take this way every time)
	 */
	static CandidateHops of(AsOf asOf, ContactCandidates candidates, boolean wait) {
		CompletableFuture<CandidateHops> done = building(asOf, candidates);
		if (done == null || !wait && done.state() != Future.State.SUCCESS) {
			return null; // not few, or not ready yet: the finder searches
		}
		CandidateHops found = done.join();
		return found.hops == null ? null : found;
	}

	private static CompletableFuture<CandidateHops> building(AsOf asOf, ContactCandidates candidates) {
		if (candidates.collab.length > FEW) {
			return null;
		}
		RecentlyUsed<Key, Building> cache = asOf.snapshot().derived(CandidateHops.class, s -> new RecentlyUsed<>(KEEP));
		Building b = cache.get(new Key(candidates, asOf.includeNational()),
				() -> new Building(new CompletableFuture<>(), new AtomicBoolean()));
		if (b.started().compareAndSet(false, true)) {
			b.done().completeAsync(() -> new CandidateHops(asOf, candidates)); // failed, the tier is searched
		}
		return b.done();
	}

	/** The hops from {@code force} to candidate collaboration {@code cc}, or -1 when unreachable. */
	int hops(int cc, int force) {
		return hops[cc][force];
	}

	/**
	 * The route from {@code force} to {@code cc} at {@code asOf}'s date: forces and collaborations alternating, as
	 * {@link ContactScratch#route}.
	 */
	int[] route(AsOf asOf, int cc, int force) {
		byte[] h = hops[cc];
		int[] route = new int[2 * h[force] + 1];
		route[0] = force;
		for (int i = 1; i < route.length; i += 2) {
			int u = route[i - 1];
			step: for (int c : asOf.networkCollabsOf(u)) {
				for (int v : asOf.members(c)) {
					if (h[v] == h[u] - 1) {
						route[i] = c;
						route[i + 1] = v;
						break step;
					}
				}
			}
		}
		return route;
	}
}
