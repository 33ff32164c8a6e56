package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private List<Similar> byCollaborations(int force, int limit) {
		int[] mine = asOf.networkCollabsOf(force);
		Map<Integer, Integer> sharedCount = new HashMap<>();
		for (int c : mine) {
			for (int g : asOf.members(c)) {
				if (g != force) {
					sharedCount.merge(g, 1, Integer::sum);
				}
			}
		}
		List<Similar> similar = new ArrayList<>();
		sharedCount.forEach((g, shared) -> {
			int[] theirs = asOf.networkCollabsOf(g);
			double score = (double) shared / (mine.length + theirs.length - shared);
			similar.add(new Similar(s.forceId(g), Ids.round(score), Ids.collabs(s, Ids.intersection(mine, theirs))));
		});
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
		return Arrays.stream(asOf.networkCollabsOf(force)).flatMap(c -> Arrays.stream(s.collab(c).functions()))
			.distinct().sorted().toArray();
	}

	static List<Similar> top(List<Similar> similar, int limit) {
		similar.removeIf(x -> x.score() <= 0);
		similar.sort(Comparator.comparingDouble(Similar::score).reversed().thenComparing(Similar::force));
		return similar.subList(0, Math.min(limit, similar.size()));
	}
}
