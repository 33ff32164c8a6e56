package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Collaborations put at risk when others become non-viable: those active at D that depend, directly or
 * through others, on a non-viable one (DEPENDS_ON, followed backwards by breadth-first search on JGraphT's
 * reversed view of the dependency graph). They are reported, not dissolved.
 */
public final class Cascade {

	public record AtRisk(String id, List<String> dependsOn, String reason) {
	}

	private final AsOf asOf;

	public Cascade(AsOf asOf) {
		this.asOf = asOf;
	}

	public List<AtRisk> from(Set<Integer> nonViable) {
		RegisterSnapshot s = asOf.snapshot();
		Graph<Integer, DefaultEdge> dependsOn = new DefaultDirectedGraph<>(DefaultEdge.class);
		for (int c = 0; c < s.collabCount(); c++) {
			for (int d : s.collab(c).dependsOn()) {
				if (asOf.active(c) && asOf.active(d)) {
					dependsOn.addVertex(c);
					dependsOn.addVertex(d);
					dependsOn.addEdge(c, d);
				}
			}
		}
		Graph<Integer, DefaultEdge> dependents = new EdgeReversedGraph<>(dependsOn);
		java.util.Map<Integer, Set<String>> causes = new java.util.HashMap<>();
		for (int root : nonViable) {
			if (!dependents.containsVertex(root)) {
				continue;
			}
			var reach = new BreadthFirstIterator<>(dependents, root);
			while (reach.hasNext()) {
				int c = reach.next();
				if (!nonViable.contains(c)) {
					causes.computeIfAbsent(c, k -> new TreeSet<>()).add(s.collab(root).id());
				}
			}
		}
		List<AtRisk> atRisk = new ArrayList<>();
		causes.forEach((c, roots) -> atRisk.add(new AtRisk(s.collab(c).id(), List.copyOf(roots),
				s.collab(c).name() + " builds on " + String.join(", ", roots) + ", which would no longer be viable")));
		atRisk.sort(Comparator.comparing(AtRisk::id));
		return atRisk;
	}
}
