package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Forces that collaborate most like force F at D: the Jaccard index of their sets of network
 * collaborations, J(F, G) = |C(F) ∩ C(G)| / |C(F) ∪ C(G)| (Jaccard, 1901), or with {@code byFunctions} of
 * the sets of functions those collaborations cover. Highest first, ties by force id; zero scores left out.
 *
 * <p>By collaborations, only forces met in one of F's collaborations can score above zero, so only they are
 * scored: the work is bounded by F's neighbourhood, not by the size of the register.
 */
public final class ForceSimilarity {

	public record Similar(String force, double score, List<String> shared) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public ForceSimilarity(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	public List<Similar> of(int force, int limit, boolean byFunctions) {
		return byFunctions ? byFunctions(force, limit) : byCollaborations(force, limit);
	}

	/** Per thread: shared-collaboration counts by force, all zero between questions, and the forces touched. */
	private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][] { new int[0], new int[0] });

	private List<Similar> byCollaborations(int force, int limit) {
		int[] mine = asOf.networkCollabsOf(force);
		int[][] scratch = SCRATCH.get();
		if (scratch[0].length < s.forceCount()) {
			scratch[0] = new int[s.forceCount()];
			scratch[1] = new int[s.forceCount()];
		}
		int[] sharedCount = scratch[0];
		int[] touched = scratch[1];
		int n = 0;
		for (int c : mine) {
			for (int g : asOf.members(c)) {
				if (g != force && sharedCount[g]++ == 0) {
					touched[n++] = g;
				}
			}
		}
		// Only the best `limit` are kept (worst on top of the heap), and only they get their shared lists.
		java.util.PriorityQueue<double[]> best = new java.util.PriorityQueue<>(limit + 1, (a, b) -> a[0] != b[0]
				? Double.compare(a[0], b[0]) : s.compareForceIds((int) b[1], (int) a[1]));
		for (int i = 0; i < n; i++) {
			int g = touched[i];
			int shared = sharedCount[g];
			sharedCount[g] = 0;
			double score = Ids.round((double) shared / (mine.length + asOf.networkCollabCount(g) - shared));
			if (score > 0) {
				best.add(new double[] { score, g });
				if (best.size() > limit) {
					best.poll();
				}
			}
		}
		List<Similar> similar = new ArrayList<>(best.size());
		for (double[] b : best) {
			int g = (int) b[1];
			similar.add(new Similar(s.forceId(g), b[0], Ids.collabs(s, Ids.intersection(mine, asOf.networkCollabsOf(g)))));
		}
		return top(similar, limit);
	}

	private List<Similar> byFunctions(int force, int limit) {
		int[] mine = functionsOf(force);
		List<Similar> similar = new ArrayList<>();
		for (int g = 0; g < s.forceCount() && mine.length > 0; g++) {
			if (g == force || !asOf.present(g)) {
				continue;
			}
			int[] theirs = functionsOf(g);
			int[] shared = Ids.intersection(mine, theirs);
			if (shared.length > 0) {
				similar.add(new Similar(s.forceId(g), Ids.round(Ids.jaccard(mine, theirs)), Ids.functions(s, shared)));
			}
		}
		return top(similar, limit);
	}

	private int[] functionsOf(int force) {
		return Arrays.stream(asOf.networkCollabsOf(force)).flatMap(c -> Arrays.stream(s.collabFunctions(c)))
			.distinct().sorted().toArray();
	}

	static List<Similar> top(List<Similar> similar, int limit) {
		similar.removeIf(x -> x.score() <= 0);
		similar.sort(Comparator.comparingDouble(Similar::score).reversed().thenComparing(Similar::force));
		return similar.subList(0, Math.min(limit, similar.size()));
	}
}
