package org.concordat.analytics;

import java.util.ArrayList;
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

	/** Per thread: shared-collaboration counts by force (all zero between questions), the forces touched, scores. */
	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(0));

	private record Scratch(int[] sharedCount, int[] touched, double[] score) {

		Scratch(int forces) {
			this(new int[forces], new int[forces], new double[forces]);
		}
	}

	private List<Similar> byCollaborations(int force, int limit) {
		int[] mine = asOf.networkCollabsOf(force);
		Scratch scratch = SCRATCH.get();
		if (scratch.sharedCount().length < s.forceCount()) {
			scratch = new Scratch(s.forceCount());
			SCRATCH.set(scratch);
		}
		int[] sharedCount = scratch.sharedCount();
		int[] touched = scratch.touched();
		double[] score = scratch.score();
		int n = 0;
		for (int c : mine) {
			for (int g : asOf.members(c)) {
				if (g != force && sharedCount[g]++ == 0) {
					touched[n++] = g;
				}
			}
		}
		// Only the best `limit` are kept, and only they get their shared lists: a force in a large collaboration
		// meets thousands, most of them tied on one shared collaboration, so ties are broken by id rank, not text.
		FirstK best = new FirstK(limit, highestFirst(score));
		for (int i = 0; i < n; i++) {
			int g = touched[i];
			int shared = sharedCount[g];
			sharedCount[g] = 0;
			score[g] = Ids.round((double) shared / (mine.length + asOf.networkCollabCount(g) - shared));
			if (score[g] > 0) {
				best.offer(g);
			}
		}
		List<Similar> similar = new ArrayList<>();
		for (int g : best.inOrder()) {
			similar.add(new Similar(s.forceId(g), score[g], Ids.collabs(s, Ids.intersection(mine, asOf.networkCollabsOf(g)))));
		}
		return similar;
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
		for (int g = 0; g < s.forceCount() && !isEmpty(mine); g++) {
			if (g == force || !asOf.present(g)) {
				continue;
			}
			long[] theirs = functionsOf(g, byCollab, words);
			int shared = 0;
			int union = 0;
			for (int w = 0; w < words; w++) {
				shared += Long.bitCount(mine[w] & theirs[w]);
				union += Long.bitCount(mine[w] | theirs[w]);
			}
			score[g] = shared == 0 ? 0 : Ids.round((double) shared / union);
			if (score[g] > 0) {
				best.offer(g);
			}
		}
		List<Similar> similar = new ArrayList<>();
		for (int g : best.inOrder()) {
			long[] theirs = functionsOf(g, byCollab, words);
			int[] shared = java.util.stream.IntStream.range(0, s.functionCount())
				.filter(fn -> (mine[fn >>> 6] & theirs[fn >>> 6] & 1L << fn) != 0).toArray();
			similar.add(new Similar(s.forceId(g), score[g], Ids.functions(s, shared)));
		}
		return similar;
	}

	/** Highest score first, ties by id. */
	private FirstK.Order highestFirst(double[] score) {
		IdOrder order = IdOrder.of(s);
		return (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
				: Integer.compare(order.forceRank(a), order.forceRank(b));
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

	private static boolean isEmpty(long[] set) {
		return isEmpty(set, 0, set.length);
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
