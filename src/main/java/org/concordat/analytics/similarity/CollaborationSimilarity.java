package org.concordat.analytics.similarity;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Collaborations most like collaboration C at D: the mean of the Jaccard index of their active member sets
 * and that of their function sets, score = (J(members) + J(functions)) / 2, explained by what they share.
 * Highest first, ties by id; zero scores left out. C need not be active at D (its functions still describe
 * it); candidates must be. The member Jaccard is JGraphT's JaccardCoefficientLinkPrediction between the two
 * collaborations' vertices of the bipartite network at D (the tests hold it to it), worked out here on the
 * day's member lists for every candidate at once.
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

	public List<Similar> of(int collab, int limit) {
		int[] members = asOf.members(collab);
		int[] functions = s.collabFunctions(collab);
		// every collaboration with a function in common is a candidate, thousands at national scale: scored as
		// numbers, and only the first `limit` written out
		double[] score = new double[s.collabCount()];
		FirstK best = new FirstK(limit, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
				: Integer.compare(a, b));
		for (int d = 0; d < s.collabCount(); d++) {
			if (d != collab && asOf.inNetwork(d)) {
				double unrounded = (IndexLists.jaccard(members, asOf.members(d)) + IndexLists.jaccard(functions, s.collabFunctions(d))) / 2;
				score[d] = IndexLists.round(unrounded);
				if (unrounded > 0) {
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
}
