package org.concordat.analytics.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Collaborations most like collaboration C at D: the mean of the Jaccard index of their active member sets
 * and that of their function sets, score = (J(members) + J(functions)) / 2, explained by what they share.
 * Highest first, ties by id; zero scores left out. C need not be active at D (its functions still describe
 * it); candidates must be. The member Jaccard is JGraphT's JaccardCoefficientLinkPrediction between the two
 * collaborations' vertices of the bipartite network at D (the tests hold it to it).
 *
 * <p>Only candidates that can rank are scored. Those sharing a member with C are few (its members' other
 * collaborations) and scored in full. Every other candidate scores J(functions) / 2, the same for all with
 * the same function set: the collaborations are grouped by function set once per snapshot, and each group
 * sharing a function with C is walked in id order only while its candidates still beat the last of the first
 * {@code limit} so far. At national scale that is tens of microseconds instead of scoring all 40,000
 * (1.9 ms, measured in docs/analytics.md); the tests hold it to scoring every collaboration.
 */
public final class CollaborationSimilarity {

	public record Similar(String collaboration, double score, double memberJaccard, double functionJaccard,
			List<String> sharedMembers, List<String> sharedFunctions) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public CollaborationSimilarity(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	/**
	 * Per thread, by collaboration: members in common with C, and the score of each candidate scored (all zero
	 * between questions), with the candidates touched; flat arrays instead of maps of boxed numbers, which cost
	 * a third of a request (docs/scaling.md).
	 */
	private record Scratch(int[] inCommon, double[] score, int[] touched) {
	}

	private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

	public List<Similar> of(int collab, int limit) {
		int[] members = asOf.members(collab);
		int[] functions = s.collabFunctions(collab);
		Scratch scratch = SCRATCH.get();
		if (scratch == null || scratch.inCommon().length < s.collabCount()) {
			scratch = new Scratch(new int[s.collabCount()], new double[s.collabCount()], new int[s.collabCount()]);
			SCRATCH.set(scratch);
		}
		int[] inCommon = scratch.inCommon(); // counted, not intersected: C may have hundreds of members
		double[] score = scratch.score();
		int[] touched = scratch.touched();
		int n = 0;
		FirstK best = new FirstK(limit, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
		try {
			for (int g : members) {
				for (int d : asOf.networkCollabsOf(g)) {
					if (d != collab && inCommon[d]++ == 0) {
						touched[n++] = d;
					}
				}
			}
			int withMembers = n;
			for (int i = 0; i < withMembers; i++) {
				int d = touched[i];
				int shared = inCommon[d];
				score[d] = IndexLists.round(((double) shared / (members.length + asOf.members(d).length - shared)
						+ IndexLists.jaccard(functions, s.collabFunctions(d))) / 2);
				best.offer(d);
			}
			for (int fn : functions) {
				for (int[] group : groupsCovering().get(fn)) {
					int[] theirs = s.collabFunctions(group[0]);
					double shared = IndexLists.round(IndexLists.jaccard(functions, theirs) / 2);
					if (best.full() && shared < score[best.worst()] || IndexLists.intersection(functions, theirs)[0] != fn) {
						continue; // none of the group can rank; or it was walked from the first function it shares with C
					}
					for (int d : group) {
						if (d == collab || inCommon[d] > 0 || !asOf.inNetwork(d)) {
							continue; // a member in common: scored above
						}
						if (best.full() && (shared < score[best.worst()] || shared == score[best.worst()] && d > best.worst())) {
							break; // nor can the rest of the group, all with this score and a later id
						}
						score[d] = shared;
						touched[n++] = d;
						best.offer(d);
					}
				}
			}
			List<Similar> similar = new ArrayList<>();
			for (int d : best.inOrder()) {
				double memberJ = IndexLists.jaccard(members, asOf.members(d));
				double functionJ = IndexLists.jaccard(functions, s.collabFunctions(d));
				similar.add(new Similar(s.collabId(d), score[d], IndexLists.round(memberJ), IndexLists.round(functionJ),
						IndexLists.forces(s, IndexLists.intersection(members, asOf.members(d))),
						IndexLists.functions(s, IndexLists.intersection(functions, s.collabFunctions(d)))));
			}
			return similar;
		}
		finally {
			for (int i = 0; i < n; i++) {
				inCommon[touched[i]] = 0;
				score[touched[i]] = 0;
			}
		}
	}

	/** Per function, the collaborations that cover it grouped by function set, each group ascending (per snapshot). */
	private List<List<int[]>> groupsCovering() {
		return s.derived(CollaborationSimilarity.class, snapshot -> {
			Map<List<Integer>, List<Integer>> bySet = new LinkedHashMap<>();
			for (int c = 0; c < snapshot.collabCount(); c++) {
				bySet.computeIfAbsent(Arrays.stream(snapshot.collabFunctions(c)).boxed().toList(), k -> new ArrayList<>()).add(c);
			}
			List<List<int[]>> covering = Stream.generate(() -> new ArrayList<int[]>()).limit(snapshot.functionCount())
				.collect(Collectors.toList());
			bySet.forEach((set, group) -> set.forEach(fn -> covering.get(fn).add(group.stream().mapToInt(i -> i).toArray())));
			return covering;
		});
	}
}
