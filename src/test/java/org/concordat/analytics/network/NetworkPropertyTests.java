package org.concordat.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-network results equal what JGraphT answers on the co-membership graph written out edge by edge:
 * components, forces without partners, cut vertices, the memberships whose ending adds a component, and
 * betweenness (the sampled estimate with every force a source is the exact figure). On random registers from
 * a fixed master seed.
 */
class NetworkPropertyTests {

	static Stream<Arguments> registers() {
		return RandomRegister.cases(20261127, 200);
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void connectivityEqualsJGraphTsOnTheCoMembershipGraph(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		RegisterSnapshot s = asOf.snapshot();
		Graph<Integer, DefaultEdge> coMembership = Materialised.indexGraph(asOf);
		int components = new ConnectivityInspector<>(coMembership).connectedSets().size();
		Connectivity network = Connectivity.of(asOf);
		assertThat(network.components()).isEqualTo(components);
		assertThat(network.isolatedForces()).isEqualTo(IntStream.range(0, s.forceCount())
			.filter(f -> coMembership.degreeOf(f) == 0).mapToObj(s::forceId).toList());
		assertThat(network.cutVertices()).isEqualTo(new BiconnectivityInspector<>(coMembership).getCutpoints().stream()
			.sorted().map(s::forceId).toList());
		List<Connectivity.Bridge> bridges = new ArrayList<>();
		for (int f = 0; f < s.forceCount(); f++) {
			for (int c : asOf.networkCollabsOf(f)) {
				if (asOf.members(c).length >= 2 && componentsWithout(asOf, f, c) > components) {
					bridges.add(new Connectivity.Bridge(s.forceId(f), s.collabId(c)));
				}
			}
		}
		assertThat(network.bridges()).isEqualTo(bridges);
	}

	/** The components once force {@code f}'s membership of {@code c} has ended. */
	private static int componentsWithout(AsOf asOf, int f, int c) {
		Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
		IntStream.range(0, asOf.snapshot().forceCount()).forEach(g::addVertex);
		for (int d = 0; d < asOf.snapshot().collabCount(); d++) {
			int[] members = asOf.inNetwork(d) ? asOf.members(d) : new int[0];
			for (int a : members) {
				for (int b : members) {
					if (a < b && !(d == c && (a == f || b == f))) {
						g.addEdge(a, b);
					}
				}
			}
		}
		return new ConnectivityInspector<>(g).connectedSets().size();
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void betweennessEqualsJGraphTsAndTheEstimateFromEverySourceIsExact(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		int n = asOf.snapshot().forceCount();
		var raw = new BetweennessCentrality<>(Materialised.indexGraph(asOf), false).getScores(); // each pair once
		double pairs = (n - 1.0) * (n - 2.0) / 2;
		double[] estimate = new Betweenness(asOf).of(IntStream.range(0, n).toArray(), n);
		var answer = Alliances.of(asOf);
		for (int f = 0; f < n; f++) {
			double expected = pairs <= 0 ? 0 : raw.get(f) / pairs;
			assertThat(estimate[f]).as("estimate for %d", f).isCloseTo(expected, within(1e-5));
			assertThat(answer.forces().get(f).betweenness()).isCloseTo(expected, within(1e-5));
			assertThat(answer.forces().get(f).degree()).isEqualTo(Materialised.indexGraph(asOf).degreeOf(f));
		}
	}
}
