package org.concordat.analytics.withdrawal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Collaborations put at risk when others become non-viable: those active at D that depend, directly or
 * through others, on a non-viable one. The DEPENDS_ON links are a JGraphT directed graph, made once per
 * snapshot; from each non-viable collaboration a breadth-first search follows them backwards over the
 * collaborations active at D. They are reported, not dissolved.
 */
public final class Cascade {

	public record AtRisk(String id, List<String> dependsOn, String reason) {
	}

	private final AsOf asOf;

	public Cascade(AsOf asOf) {
		this.asOf = asOf;
	}

	/** @param nonViable the collaborations that would no longer be viable, ascending */
	public List<AtRisk> from(int[] nonViable) {
		RegisterSnapshot s = asOf.snapshot();
		Graph<Integer, DefaultEdge> dependents = s.derived(Cascade.class, Cascade::dependents);
		Graph<Integer, DefaultEdge> activeAtD = new MaskSubgraph<>(dependents, c -> !asOf.active(c), e -> false);
		Map<Integer, Set<String>> causes = new TreeMap<>(); // by index, which is id order
		for (int root : nonViable) {
			if (!activeAtD.containsVertex(root)) {
				continue; // nothing builds on it (the common case)
			}
			BreadthFirstIterator<Integer, DefaultEdge> search = new BreadthFirstIterator<>(activeAtD, root);
			while (search.hasNext()) {
				int c = search.next();
				if (!IndexLists.contains(nonViable, c)) {
					causes.computeIfAbsent(c, x -> new TreeSet<>()).add(s.collabId(root));
				}
			}
		}
		return causes.entrySet().stream().map(e -> new AtRisk(s.collabId(e.getKey()), List.copyOf(e.getValue()),
				s.collab(e.getKey()).name() + " builds on "
						+ String.join(", ", e.getValue().stream().map(r -> s.collab(s.collab(r)).name()).toList())
						+ ", which would no longer be viable"))
			.toList();
	}

	/** DEPENDS_ON reversed: an edge from each collaboration to those that build on it (only linked ones are vertices). */
	private static Graph<Integer, DefaultEdge> dependents(RegisterSnapshot s) {
		Graph<Integer, DefaultEdge> links = new DefaultDirectedGraph<>(DefaultEdge.class);
		for (int c = 0; c < s.collabCount(); c++) {
			for (int d : s.collab(c).dependsOn()) {
				Graphs.addEdgeWithVertices(links, c, d);
			}
		}
		return new EdgeReversedGraph<>(links);
	}
}
