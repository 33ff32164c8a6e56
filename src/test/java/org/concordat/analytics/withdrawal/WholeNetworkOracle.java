package org.concordat.analytics.withdrawal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.Materialised;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * A withdrawal's network effect worked out the plain way, as the oracle of {@link NetworkEffect}: the
 * co-membership graph before and after written out edge by edge, and JGraphT's ConnectivityInspector and
 * BiconnectivityInspector asked about each.
 */
final class WholeNetworkOracle {

	private final AsOf asOf;

	WholeNetworkOracle(AsOf asOf) {
		this.asOf = asOf;
	}

	NetworkEffect.Network of(int force, Set<Integer> leftBehind, Set<Integer> dissolved) {
		Graph<Integer, DefaultEdge> before = Materialised.indexGraph(asOf);
		Graph<Integer, DefaultEdge> after = new SimpleGraph<>(DefaultEdge.class);
		before.vertexSet().forEach(after::addVertex);
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			if (asOf.inNetwork(c) && !dissolved.contains(c)) {
				int[] members = asOf.members(c);
				for (int a : members) {
					for (int b : members) {
						if (a < b && !(leftBehind.contains(c) && (a == force || b == force))) {
							after.addEdge(a, b);
						}
					}
				}
			}
		}
		int componentsBefore = new ConnectivityInspector<>(before).connectedSets().size();
		boolean cut = new BiconnectivityInspector<>(before).getCutpoints().contains(force);
		List<String> isolated = new ArrayList<>();
		List<List<String>> lost = new ArrayList<>();
		for (int g : before.vertexSet()) {
			if (g != force && before.degreeOf(g) > 0 && after.degreeOf(g) == 0) {
				isolated.add(asOf.snapshot().forceId(g));
			}
		}
		for (DefaultEdge e : before.edgeSet()) {
			int a = before.getEdgeSource(e);
			int b = before.getEdgeTarget(e);
			if (a != force && b != force && !after.containsEdge(a, b)) {
				lost.add(IndexLists.forces(asOf.snapshot(), new int[] { a, b }));
			}
		}
		isolated.sort(null);
		lost.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
		return new NetworkEffect.Network(componentsBefore, new ConnectivityInspector<>(after).connectedSets().size(),
				isolated, lost, lost.size(), cut);
	}
}
