package org.concordat.analytics.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;

/**
 * The network at D copied out of its view ({@link AsOf#graph()}) into a compact JGraphT graph for the
 * whole-network algorithms: vertices {@code 0 .. forceCount-1} are the forces, then one vertex per network
 * collaboration with an active member, in id order; an edge per force and collaboration it is an active
 * member of. Numbered by id, it is the same graph for any register that agrees up to D.
 *
 * <p>Why a copy: JGraphT's algorithms ask a graph for its vertex and edge counts, which a
 * {@code MaskSubgraph} works out by walking everything; BiconnectivityInspector builds a subgraph per block
 * and asks each time. At national scale it took 43 s over the view and 0.34 s over this copy, which takes
 * 0.1 s to make (docs/analytics.md). It is made off the request threads and dropped once the results are out.
 */
final class DatedNetwork {

	final RegisterSnapshot snapshot;

	final Graph<Integer, Integer> graph;

	/** The collaboration of each collaboration vertex, by vertex minus the force count. */
	final int[] collabOf;

	DatedNetwork(AsOf asOf) {
		this.snapshot = asOf.snapshot();
		int forces = snapshot.forceCount();
		int[] vertexOf = new int[snapshot.collabCount()];
		List<Integer> collabs = new ArrayList<>();
		for (int c = 0; c < vertexOf.length; c++) {
			vertexOf[c] = asOf.inNetwork(c) && asOf.members(c).length > 0 ? forces + collabs.size() : -1;
			if (vertexOf[c] >= 0) {
				collabs.add(c);
			}
		}
		List<Pair<Integer, Integer>> edges = new ArrayList<>();
		long last = -1;
		for (int m : asOf.graph().edgeSet()) { // memberships by collaboration, then force
			long key = (long) snapshot.memberCollab(m) * forces + snapshot.memberForce(m);
			if (key != last) { // a force that left and rejoined is one edge
				edges.add(Pair.of(snapshot.memberForce(m), vertexOf[snapshot.memberCollab(m)]));
				last = key;
			}
		}
		this.collabOf = collabs.stream().mapToInt(Integer::intValue).toArray();
		this.graph = edges.isEmpty() ? withoutEdges(forces + collabOf.length)
				: new SparseIntUndirectedGraph(forces + collabOf.length, edges);
	}

	/** A network without a partnership (SparseIntUndirectedGraph needs at least one edge). */
	private static Graph<Integer, Integer> withoutEdges(int vertices) {
		Graph<Integer, Integer> graph = GraphTypeBuilder.<Integer, Integer>undirected().allowingMultipleEdges(false)
			.allowingSelfLoops(false).buildGraph();
		Graphs.addAllVertices(graph, IntStream.range(0, vertices).boxed().toList());
		return graph;
	}

	boolean isForce(int v) {
		return v < snapshot.forceCount();
	}

	int collab(int v) {
		return collabOf[v - snapshot.forceCount()];
	}
}
