package org.concordat.analytics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * How the network at D holds together, from JGraphT on the bipartite network ({@link DatedNetwork}):
 * <ul>
 * <li>{@code components}: its connected components (ConnectivityInspector), a force without partners being one;</li>
 * <li>{@code isolatedForces}: the forces without any partner;</li>
 * <li>{@code cutVertices}: the forces whose leaving splits the network (BiconnectivityInspector). A force is
 * a cut vertex of the bipartite graph whenever a collaboration only it belongs to hangs off it; it splits the
 * co-membership network only when at least two of its blocks reach another force, a block reaching one when
 * it has three vertices or more, or its collaboration has another member;</li>
 * <li>{@code bridges}: the memberships whose ending splits the network (BiconnectivityInspector's bridges
 * whose collaboration has another member).</li>
 * </ul>
 */
public record Connectivity(LocalDate at, int components, List<String> isolatedForces, List<String> cutVertices,
		List<Bridge> bridges, SnapshotStamp snapshot) {

	public record Bridge(String force, String collaboration) {
	}

	/** Worked out now, on a thread of its own with a deep stack (see {@link WholeNetwork}). */
	public static Connectivity of(AsOf asOf) {
		return WholeNetwork.onDeepStack(() -> of(asOf, new DatedNetwork(asOf)));
	}

	/** Worked out whole; BiconnectivityInspector searches depth first by recursion: call it on a deep stack. */
	static Connectivity of(AsOf asOf, DatedNetwork network) {
		RegisterSnapshot s = asOf.snapshot();
		Graph<Integer, Integer> g = network.graph;
		List<Set<Integer>> components = new ConnectivityInspector<>(g).connectedSets();
		List<String> isolated = components.stream().filter(component -> component.stream().filter(network::isForce).count() == 1)
			.flatMap(component -> component.stream().filter(network::isForce)).map(s::forceId).sorted().toList();
		BiconnectivityInspector<Integer, Integer> blocks = new BiconnectivityInspector<>(g);
		int[] reaching = new int[s.forceCount()]; // how many of its blocks reach another force
		for (Graph<Integer, Integer> block : blocks.getBlocks()) {
			Set<Integer> vertices = block.vertexSet();
			boolean reaches = vertices.size() >= 3
					|| vertices.stream().anyMatch(v -> !network.isForce(v) && g.degreeOf(v) >= 2);
			for (int v : vertices) {
				if (reaches && network.isForce(v)) {
					reaching[v]++;
				}
			}
		}
		List<String> cut = IntStream.range(0, s.forceCount()).filter(f -> reaching[f] >= 2).mapToObj(s::forceId).sorted()
			.toList();
		List<Bridge> bridges = new ArrayList<>();
		for (int e : blocks.getBridges()) {
			int collabVertex = Math.max(g.getEdgeSource(e), g.getEdgeTarget(e));
			if (g.degreeOf(collabVertex) >= 2) {
				bridges.add(new Bridge(s.forceId(Math.min(g.getEdgeSource(e), g.getEdgeTarget(e))),
						s.collabId(network.collab(collabVertex))));
			}
		}
		bridges.sort(Comparator.comparing(Bridge::force).thenComparing(Bridge::collaboration));
		return new Connectivity(asOf.date(), components.size(), isolated, cut, bridges, asOf.stamp());
	}
}
