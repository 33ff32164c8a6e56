package org.concordat.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** The co-membership graph written out edge by edge, as the tests' independent oracle (tiny graphs only). */
final class Materialised {

	private Materialised() {
	}

	static Graph<String, DefaultEdge> graph(AsOf asOf) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			graph.addVertex(asOf.snapshot().forceId(f));
		}
		for (List<String> pair : partnerPairs(asOf)) {
			graph.addEdge(pair.get(0), pair.get(1));
		}
		return graph;
	}

	static Set<List<String>> partnerPairs(AsOf asOf) {
		Set<List<String>> pairs = new HashSet<>();
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			if (!asOf.inNetwork(c)) {
				continue;
			}
			int[] members = asOf.members(c);
			for (int i = 0; i < members.length; i++) {
				for (int j = i + 1; j < members.length; j++) {
					pairs.add(Ids.forces(asOf.snapshot(), new int[] { members[i], members[j] }));
				}
			}
		}
		return pairs;
	}
}
