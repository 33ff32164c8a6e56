package org.concordat.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Similar forces equal JGraphT's link predictors asked about every pair of forces on the bipartite network
 * written out edge by edge (Jaccard, Adamic–Adar), member Jaccard of collaborations JGraphT's Jaccard between
 * their vertices, and the first answers are a slice of the whole ranking: on random registers drawn from a
 * fixed master seed.
 */
class SimilarityPropertyTests {

	static Stream<Arguments> registers() {
		return RandomRegister.cases(20261126, 200);
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void similarForcesEqualJGraphTsLinkPredictors(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		RegisterSnapshot s = asOf.snapshot();
		Graph<String, DefaultEdge> bipartite = Materialised.bipartite(asOf);
		for (ForceSimilarity.Method method : ForceSimilarity.Method.values()) {
			LinkPredictionAlgorithm<String, DefaultEdge> oracle = method == ForceSimilarity.Method.JACCARD
					? new JaccardCoefficientLinkPrediction<>(bipartite) : new AdamicAdarIndexLinkPrediction<>(bipartite);
			for (int f = 0; f < s.forceCount(); f++) {
				List<ForceSimilarity.Similar> expected = new ArrayList<>();
				for (int g = 0; g < s.forceCount(); g++) {
					String u = "f:" + s.forceId(f);
					String v = "f:" + s.forceId(g);
					List<String> shared = Graphs.neighborSetOf(bipartite, u).stream()
						.filter(Graphs.neighborSetOf(bipartite, v)::contains).map(c -> c.substring(2)).sorted().toList();
					if (g != f && !shared.isEmpty()) {
						expected.add(new ForceSimilarity.Similar(s.forceId(g), IndexLists.round(oracle.predict(u, v)), shared));
					}
				}
				expected.sort(Comparator.comparingDouble(ForceSimilarity.Similar::score).reversed()
					.thenComparing(ForceSimilarity.Similar::force));
				assertThat(new ForceSimilarity(asOf).byCollaborations(f, 1_000, method)).as("%s of %s", method, s.forceId(f))
					.isEqualTo(expected);
				assertThat(new ForceSimilarity(asOf).byCollaborations(f, 2, method))
					.isEqualTo(expected.subList(0, Math.min(2, expected.size())));
			}
		}
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void jaccardIsSymmetricAndTheFirstByFunctionsAreASliceOfTheWhole(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			for (ForceSimilarity.Similar s : new ForceSimilarity(asOf).of(f, 1_000, false)) {
				assertThat(s.score()).isBetween(0.0, 1.0);
				String fId = asOf.snapshot().forceId(f);
				double back = new ForceSimilarity(asOf).of(asOf.snapshot().force(s.force()), 1_000, false).stream()
					.filter(x -> x.force().equals(fId)).findFirst().orElseThrow().score();
				assertThat(back).isEqualTo(s.score());
			}
			var all = new ForceSimilarity(asOf).of(f, 1_000, true);
			assertThat(all).isSortedAccordingTo(Comparator.comparingDouble(ForceSimilarity.Similar::score).reversed()
				.thenComparing(ForceSimilarity.Similar::force));
			assertThat(new ForceSimilarity(asOf).of(f, 2, true)).isEqualTo(all.subList(0, Math.min(2, all.size())));
		}
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void similarCollaborationsUseJGraphTsMemberJaccardAndRankInScoreThenIdOrder(long seed, int year,
			boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		RegisterSnapshot s = asOf.snapshot();
		Graph<String, DefaultEdge> bipartite = Materialised.bipartite(asOf);
		var jaccard = new JaccardCoefficientLinkPrediction<>(bipartite);
		for (int c = 0; c < s.collabCount(); c++) {
			var all = new CollaborationSimilarity(asOf).of(c, 1_000);
			assertThat(all).isEqualTo(everyCollaborationScored(asOf, c));
			for (int limit : new int[] { 1, 3, 5 }) { // pages cut inside a group of equal function sets, and ties
				assertThat(new CollaborationSimilarity(asOf).of(c, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
			}
			assertThat(all).isSortedAccordingTo(Comparator.comparingDouble(CollaborationSimilarity.Similar::score)
				.reversed().thenComparing(CollaborationSimilarity.Similar::collaboration));
			assertThat(new CollaborationSimilarity(asOf).of(c, 2)).isEqualTo(all.subList(0, Math.min(2, all.size())));
			for (var similar : all) {
				String u = "c:" + s.collabId(c);
				if (bipartite.containsVertex(u) && bipartite.degreeOf(u) > 0 && !similar.sharedMembers().isEmpty()) {
					assertThat(similar.memberJaccard())
						.isEqualTo(IndexLists.round(jaccard.predict(u, "c:" + similar.collaboration())));
				}
			}
		}
	}

	/** The oracle: every active network collaboration but C scored, the non-zero ones sorted by score, then id. */
	private static List<CollaborationSimilarity.Similar> everyCollaborationScored(AsOf asOf, int c) {
		RegisterSnapshot s = asOf.snapshot();
		List<CollaborationSimilarity.Similar> expected = new ArrayList<>();
		for (int d = 0; d < s.collabCount(); d++) {
			if (d == c || !asOf.inNetwork(d)) {
				continue;
			}
			double members = IndexLists.jaccard(asOf.members(c), asOf.members(d));
			double functions = IndexLists.jaccard(s.collabFunctions(c), s.collabFunctions(d));
			if (members + functions > 0) {
				expected.add(new CollaborationSimilarity.Similar(s.collabId(d), IndexLists.round((members + functions) / 2),
						IndexLists.round(members), IndexLists.round(functions),
						IndexLists.forces(s, IndexLists.intersection(asOf.members(c), asOf.members(d))),
						IndexLists.functions(s, IndexLists.intersection(s.collabFunctions(c), s.collabFunctions(d)))));
			}
		}
		expected.sort(Comparator.comparingDouble(CollaborationSimilarity.Similar::score).reversed()
			.thenComparing(CollaborationSimilarity.Similar::collaboration));
		return expected;
	}
}
