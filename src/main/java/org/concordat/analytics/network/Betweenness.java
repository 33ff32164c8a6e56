package org.concordat.analytics.network;

import java.util.Arrays;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;

/**
 * Betweenness centrality of each force in the co-membership graph at D estimated from a sample of sources:
 * Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2),
 * 2001) run from {@code sources} forces evenly spread over the forces in id order, the sums scaled by
 * n / sources (Brandes and Pich, 2007). It stands in for JGraphT's BetweennessCentrality, which is exact
 * only (every force a source): above {@link Alliances#EXACT_UP_TO} forces that would take hours (measured,
 * docs/analytics.md). A force's neighbours are the other members of its network collaborations, each
 * counted once however many collaborations they share, read from the day's lists, so the force–force edges
 * are never listed. With every force a source it gives JGraphT's figures, which the tests check.
 *
 * <p>Values are normalised to [0, 1] by the number of pairs of other forces, (n − 1)(n − 2) / 2.
 */
final class Betweenness {

	private final AsOf asOf;

	Betweenness(AsOf asOf) {
		this.asOf = asOf;
	}

	double[] of(int[] forces, int sources) {
		int n = asOf.snapshot().forceCount();
		double[] centrality = new double[n];
		int k = Math.min(sources, forces.length);
		Search search = new Search(n);
		for (int i = 0; i < k; i++) {
			search.accumulate(forces[(int) ((long) i * forces.length / k)], centrality);
		}
		int present = forces.length;
		double scale = (double) present / Math.max(1, k) / 2; // each pair is seen from both ends
		double pairs = (present - 1.0) * (present - 2.0) / 2;
		for (int f : forces) {
			centrality[f] = pairs <= 0 ? 0 : IndexLists.round(centrality[f] * scale / pairs);
		}
		return centrality;
	}

	/**
	 * One source's shortest paths and dependencies, in arrays reused from source to source. The visiting order
	 * doubles as Brandes' stack, and a vertex's predecessors are found again in the second pass as the
	 * neighbours one step nearer the source (the graph is unweighted), so no predecessor lists are kept: at
	 * national scale those lists were most of the time.
	 */
	private final class Search {

		private final int[] dist;

		/** Shortest-path counts: doubles, as they overflow an int on large, well-connected networks. */
		private final double[] sigma;

		private final double[] delta;

		private final int[] order;

		/** Who last looked at a vertex (a stamp per expansion), so a neighbour met through two collaborations counts once. */
		private final int[] seenBy;

		private int stamp;

		Search(int n) {
			dist = new int[n];
			sigma = new double[n];
			delta = new double[n];
			order = new int[n];
			seenBy = new int[n];
		}

		void accumulate(int s, double[] centrality) {
			Arrays.fill(dist, -1);
			Arrays.fill(sigma, 0);
			Arrays.fill(delta, 0);
			dist[s] = 0;
			sigma[s] = 1;
			order[0] = s;
			int visited = 1;
			for (int head = 0; head < visited; head++) {
				int v = order[head];
				int mark = nextStamp();
				for (int c : asOf.networkCollabsOf(v)) {
					for (int w : asOf.members(c)) {
						if (w == v || seenBy[w] == mark) {
							continue;
						}
						seenBy[w] = mark;
						if (dist[w] < 0) {
							dist[w] = dist[v] + 1;
							order[visited++] = w;
						}
						if (dist[w] == dist[v] + 1) {
							sigma[w] += sigma[v];
						}
					}
				}
			}
			for (int i = visited - 1; i > 0; i--) {
				int w = order[i];
				int mark = nextStamp();
				for (int c : asOf.networkCollabsOf(w)) {
					for (int v : asOf.members(c)) {
						if (v != w && seenBy[v] != mark && dist[v] == dist[w] - 1) {
							seenBy[v] = mark;
							delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
						}
					}
				}
				centrality[w] += delta[w];
			}
		}

		private int nextStamp() {
			if (++stamp == Integer.MAX_VALUE) {
				Arrays.fill(seenBy, 0);
				stamp = 1;
			}
			return stamp;
		}
	}
}
