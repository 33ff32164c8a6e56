package org.concordat.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The network at D written out edge by edge from the day's lists into plain JGraphT graphs, for JGraphT's own
 * algorithms to answer as the tests' oracle (tiny graphs only).
 */
public final class Materialised {

	private Materialised() {
	}

	/** The co-membership graph by force id: an edge between two forces sharing a network collaboration at D. */
	public static Graph<String, DefaultEdge> graph(AsOf asOf) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			graph.addVertex(asOf.snapshot().forceId(f));
		}
		for (List<String> pair : partnerPairs(asOf)) {
			graph.addEdge(pair.get(0), pair.get(1));
		}
		return graph;
	}

	/** The same by force index. */
	public static Graph<Integer, DefaultEdge> indexGraph(AsOf asOf) {
		Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			graph.addVertex(f);
		}
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			int[] members = asOf.inNetwork(c) ? asOf.members(c) : new int[0];
			for (int i = 0; i < members.length; i++) {
				for (int j = i + 1; j < members.length; j++) {
					graph.addEdge(members[i], members[j]);
				}
			}
		}
		return graph;
	}

	/**
	 * The bipartite network: a vertex per force ("f:" and its id) and per network collaboration active at D
	 * ("c:" and its id), an edge per force and collaboration it is an active member of.
	 */
	public static Graph<String, DefaultEdge> bipartite(AsOf asOf) {
		RegisterSnapshot s = asOf.snapshot();
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int f = 0; f < s.forceCount(); f++) {
			graph.addVertex("f:" + s.forceId(f));
		}
		for (int c = 0; c < s.collabCount(); c++) {
			if (asOf.inNetwork(c)) {
				graph.addVertex("c:" + s.collabId(c));
				for (int f : asOf.members(c)) {
					graph.addEdge("f:" + s.forceId(f), "c:" + s.collabId(c));
				}
			}
		}
		return graph;
	}

	public static Set<List<String>> partnerPairs(AsOf asOf) {
		Set<List<String>> pairs = new HashSet<>();
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			if (!asOf.inNetwork(c)) {
				continue;
			}
			int[] members = asOf.members(c);
			for (int i = 0; i < members.length; i++) {
				for (int j = i + 1; j < members.length; j++) {
					pairs.add(IndexLists.forces(asOf.snapshot(), new int[] { members[i], members[j] }));
				}
			}
		}
		return pairs;
	}
}
