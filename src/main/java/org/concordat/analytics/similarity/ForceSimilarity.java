package org.concordat.analytics.similarity;

import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Forces that collaborate most like force F at D, highest score first, ties by force id, zero scores left
 * out, each with what it shares with F. Scored on the bipartite network at D, where a force's neighbours are
 * its network collaborations C(F):
 * <ul>
 * <li>{@link Method#JACCARD}: |C(F) ∩ C(G)| / |C(F) ∪ C(G)| (Jaccard, 1901), JGraphT's
 * JaccardCoefficientLinkPrediction;</li>
 * <li>{@link Method#ADAMIC_ADAR}: Σ 1 / ln |z| over the shared collaborations z, |z| its active members
 * (Adamic and Adar, "Friends and neighbors on the Web", Social Networks 25(3), 2003), JGraphT's
 * AdamicAdarIndexLinkPrediction: a shared bilateral agreement (1 / ln 2 = 1.44) says more than a shared
 * 400-force task force (0.17);</li>
 * <li>by functions: the Jaccard index of the sets of functions their network collaborations cover.</li>
 * </ul>
 *
 * <p>Only forces met in one of F's collaborations can score above zero by collaborations, so only they are
 * scored, in one walk over F's collaborations' members that counts what each shares with F. It stands in for
 * asking JGraphT's link predictors about each candidate pair, which rebuild both neighbourhoods every time:
 * 2–6 ms a force at national scale against microseconds here (docs/analytics.md); the tests hold its scores
 * to JGraphT's.
 */
public final class ForceSimilarity {

	public record Similar(String force, double score, List<String> shared) {
	}

	public enum Method {
		JACCARD, ADAMIC_ADAR
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public ForceSimilarity(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	public List<Similar> of(int force, int limit, boolean byFunctions) {
		return byFunctions ? byFunctions(force, limit) : byCollaborations(force, limit, Method.JACCARD);
	}

	/** Per thread: shared-collaboration counts and weights by force (all zero between questions), the forces met. */
	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(0));

	private record Scratch(int[] sharedCount, double[] weight, int[] touched, double[] score) {

		Scratch(int forces) {
			this(new int[forces], new double[forces], new int[forces], new double[forces]);
		}
	}

	public List<Similar> byCollaborations(int force, int limit, Method method) {
		int[] mine = asOf.networkCollabsOf(force);
		Scratch scratch = SCRATCH.get();
		if (scratch.sharedCount().length < s.forceCount()) {
			scratch = new Scratch(s.forceCount());
			SCRATCH.set(scratch);
		}
		int[] sharedCount = scratch.sharedCount();
		double[] weight = scratch.weight();
		int[] touched = scratch.touched();
		double[] score = scratch.score();
		int n = 0;
		for (int c : mine) {
			int[] members = asOf.members(c);
			double w = 1 / Math.log(members.length);
			for (int g : members) {
				if (g != force) {
					if (sharedCount[g]++ == 0) {
						touched[n++] = g;
					}
					weight[g] += w;
				}
			}
		}
		// Only the best `limit` are kept, and only they get their shared lists: a force in a large collaboration
		// meets thousands, most of them tied on one shared collaboration.
		FirstK best = new FirstK(limit, highestFirst(score));
		for (int i = 0; i < n; i++) {
			int g = touched[i];
			int shared = sharedCount[g];
			score[g] = IndexLists.round(method == Method.JACCARD
					? (double) shared / (mine.length + asOf.networkCollabsOf(g).length - shared) : weight[g]);
			sharedCount[g] = 0;
			weight[g] = 0;
			if (score[g] > 0) {
				best.offer(g);
			}
		}
		return java.util.Arrays.stream(best.inOrder()).mapToObj(g -> new Similar(s.forceId(g), score[g],
				IndexLists.collabs(s, IndexLists.intersection(mine, asOf.networkCollabsOf(g))))).toList();
	}

	/**
	 * By functions every force is a candidate, so each force's functions are a bit set (one word per 64
	 * functions), OR-ed from its collaborations' sets worked out once per question.
	 */
	private List<Similar> byFunctions(int force, int limit) {
		int words = (s.functionCount() + 63) >>> 6;
		long[] byCollab = new long[s.collabCount() * words];
		long[] mine = functionsOf(force, byCollab, words);
		double[] score = new double[s.forceCount()];
		FirstK best = new FirstK(limit, highestFirst(score));
		for (int g = 0; g < s.forceCount() && !isEmpty(mine, 0, words); g++) {
			if (g == force) {
				continue;
			}
			long[] theirs = functionsOf(g, byCollab, words);
			int shared = 0;
			int union = 0;
			for (int w = 0; w < words; w++) {
				shared += Long.bitCount(mine[w] & theirs[w]);
				union += Long.bitCount(mine[w] | theirs[w]);
			}
			score[g] = shared == 0 ? 0 : IndexLists.round((double) shared / union);
			if (score[g] > 0) {
				best.offer(g);
			}
		}
		return java.util.Arrays.stream(best.inOrder()).mapToObj(g -> {
			long[] theirs = functionsOf(g, byCollab, words);
			int[] shared = java.util.stream.IntStream.range(0, s.functionCount())
				.filter(fn -> (mine[fn >>> 6] & theirs[fn >>> 6] & 1L << fn) != 0).toArray();
			return new Similar(s.forceId(g), score[g], IndexLists.functions(s, shared));
		}).toList();
	}

	/** Highest score first, ties by id (an index is its id's rank). */
	private static FirstK.Order highestFirst(double[] score) {
		return (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b);
	}

	/** The functions of f's network collaborations; {@code byCollab} fills in as collaborations are first met. */
	private long[] functionsOf(int f, long[] byCollab, int words) {
		long[] set = new long[words];
		for (int c : asOf.networkCollabsOf(f)) {
			int at = c * words;
			if (isEmpty(byCollab, at, words)) {
				for (int fn : s.collabFunctions(c)) {
					byCollab[at + (fn >>> 6)] |= 1L << fn;
				}
			}
			for (int w = 0; w < words; w++) {
				set[w] |= byCollab[at + w];
			}
		}
		return set;
	}

	private static boolean isEmpty(long[] words, int from, int n) {
		for (int w = from; w < from + n; w++) {
			if (words[w] != 0) {
				return false;
			}
		}
		return true;
	}
}
