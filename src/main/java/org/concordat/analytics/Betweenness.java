package org.concordat.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Betweenness centrality of each force in the co-membership graph at D, by Brandes' algorithm (U. Brandes,
 * "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001), run over the bipartite
 * structure: a force's neighbours are the other members of its network collaborations, each counted once
 * however many collaborations they share, so the force–force edges are never listed.
 *
 * <p>Values are normalised to [0, 1] by the number of pairs of other forces, (n − 1)(n − 2) / 2. With
 * {@code sources} below n, only that many sources, evenly spread over the forces in id order, are used and
 * the sums are scaled by n / sources (Brandes and Pich, 2007): an estimate, reported as sampled.
 */
public final class Betweenness {

	private final AsOf asOf;

	public Betweenness(AsOf asOf) {
		this.asOf = asOf;
	}

	public double[] of(int[] forces, int sources) {
		int n = asOf.snapshot().forceCount();
		double[] centrality = new double[n];
		int k = Math.min(sources, forces.length);
		int[] sigma = new int[n];
		int[] dist = new int[n];
		double[] delta = new double[n];
		int[] seenBy = new int[n];
		List<List<Integer>> preds = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			preds.add(new ArrayList<>());
		}
		for (int i = 0; i < k; i++) {
			int s = forces[(int) ((long) i * forces.length / k)];
			accumulate(s, centrality, sigma, dist, delta, seenBy, preds);
		}
		int present = forces.length;
		double scale = (double) present / Math.max(1, k) / 2; // each pair is seen from both ends
		double pairs = (present - 1.0) * (present - 2.0) / 2;
		for (int f : forces) {
			centrality[f] = pairs <= 0 ? 0 : Ids.round(centrality[f] * scale / pairs);
		}
		return centrality;
	}

	private void accumulate(int s, double[] centrality, int[] sigma, int[] dist, double[] delta, int[] seenBy,
			List<List<Integer>> preds) {
		Arrays.fill(dist, -1);
		Arrays.fill(sigma, 0);
		Arrays.fill(delta, 0);
		Arrays.fill(seenBy, -1);
		preds.forEach(List::clear);
		ArrayDeque<Integer> stack = new ArrayDeque<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		dist[s] = 0;
		sigma[s] = 1;
		queue.add(s);
		while (!queue.isEmpty()) {
			int v = queue.poll();
			stack.push(v);
			for (int c : asOf.networkCollabsOf(v)) {
				for (int w : asOf.members(c)) {
					if (w == v || seenBy[w] == v) {
						continue; // w is one neighbour however many collaborations v and w share
					}
					seenBy[w] = v;
					if (dist[w] < 0) {
						dist[w] = dist[v] + 1;
						queue.add(w);
					}
					if (dist[w] == dist[v] + 1) {
						sigma[w] += sigma[v];
						preds.get(w).add(v);
					}
				}
			}
		}
		while (!stack.isEmpty()) {
			int w = stack.pop();
			for (int v : preds.get(w)) {
				delta[v] += (double) sigma[v] / sigma[w] * (1 + delta[w]);
			}
			if (w != s) {
				centrality[w] += delta[w];
			}
		}
	}
}
