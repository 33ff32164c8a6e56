package org.concordat.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.TinyNetwork;
import org.junit.jupiter.api.Test;

/** Similar forces and collaborations on the tiny network, worked out by hand. */
class SimilarityTests {

	private final AsOf asOf = TinyNetwork.asOf();

	@Test
	void similarForcesRankByJaccardOfTheirCollaborations() {
		var similar = new ForceSimilarity(asOf).of(asOf.snapshot().force("a"), 10, false);
		assertThat(similar).containsExactly(new ForceSimilarity.Similar("b", 1.0, List.of("w", "x")),
				new ForceSimilarity.Similar("c", 0.333333, List.of("x")));
	}

	@Test
	void adamicAdarWeighsASharedSmallCollaborationMore() {
		// a shares w (2 members) and x (3) with b, only x with c: 1/ln 2 + 1/ln 3 and 1/ln 3
		var similar = new ForceSimilarity(asOf).byCollaborations(asOf.snapshot().force("a"), 10,
				ForceSimilarity.Method.ADAMIC_ADAR);
		assertThat(similar).containsExactly(
				new ForceSimilarity.Similar("b", IndexLists.round(1 / Math.log(2) + 1 / Math.log(3)), List.of("w", "x")),
				new ForceSimilarity.Similar("c", IndexLists.round(1 / Math.log(3)), List.of("x")));
	}

	@Test
	void similarForcesByFunctionsCompareWhatTheirCollaborationsCover() {
		var similar = new ForceSimilarity(asOf).of(asOf.snapshot().force("e"), 10, true);
		// e covers {dogs}; a, b {dogs, roads-policing}; c {dogs, firearms, roads-policing}; d {dogs, firearms}
		assertThat(similar).extracting(ForceSimilarity.Similar::force).containsExactly("a", "b", "d", "c");
		assertThat(similar.get(0).score()).isEqualTo(0.5);
		assertThat(similar.get(3).score()).isEqualTo(0.333333);
	}

	@Test
	void similarCollaborationsAverageMemberAndFunctionJaccard() {
		var similar = new CollaborationSimilarity(asOf).of(asOf.snapshot().collab("w"), 10);
		assertThat(similar.get(0).collaboration()).isEqualTo("x");
		assertThat(similar.get(0).memberJaccard()).isEqualTo(0.666667);
		assertThat(similar.get(0).functionJaccard()).isEqualTo(0.5);
		assertThat(similar.get(0).score()).isEqualTo(0.583333);
	}

	@Test
	void askingForNoSimilarCollaborationsGivesNone() {
		// the Java API only (HTTP refuses a limit under 1): a page of none has no worst to compare candidates with
		assertThat(new CollaborationSimilarity(asOf).of(asOf.snapshot().collab("w"), 0)).isEmpty();
	}
}
