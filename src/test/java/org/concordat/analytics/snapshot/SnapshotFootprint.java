package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.NationalRegister;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * The snapshot's heap footprint at national scale, measured with JOL over everything reachable from it
 * (headers and padding included, nothing left out of the root): a benchmark, run only with
 * {@code mvn -Pbench test -Dtest=SnapshotFootprint}. The snapshot is built by the same builder as at start-up,
 * from the generated national register (17,541 agencies, seed 7), without a database:
 * {@code SnapshotReaderTests} shows the flat read from Neo4j builds the same snapshot as a document does.
 * First the plain layout alone, then with its JGraphT graph, then with what questions at one date add (that
 * date's view, kept with the snapshot).
 */
@Tag("bench")
class SnapshotFootprint {

	@Test
	void bytesPerMembership() {
		RegisterSnapshot s = NationalRegister.snapshot();
		double m = s.membershipCount();
		System.out.printf("snapshot of %,d forces, %,d collaborations, %,d memberships, %,d roles, %,d lessons%n",
				s.forceCount(), s.collabCount(), s.membershipCount(), s.roles().size(), s.lessons().size());
		long plain = print("the plain layout", GraphLayout.parseInstance(s), m);
		System.out.println(GraphLayout.parseInstance(s).toFootprint().lines().limit(30)
			.reduce("", (a, b) -> a + b + "\n"));

		s.graph(); // the JGraphT graph over the snapshot's arrays, kept with it
		long withGraph = print("with its JGraphT graph (BipartiteGraph, a view of the same arrays)",
				GraphLayout.parseInstance(s), m);
		List<Pair<Integer, Integer>> edges = new ArrayList<>(s.membershipCount());
		for (int e = 0; e < s.membershipCount(); e++) {
			edges.add(Pair.of(s.memberForce(e), s.forceCount() + s.memberCollab(e)));
		}
		long started = System.nanoTime();
		SparseIntUndirectedGraph copy = new SparseIntUndirectedGraph(s.forceCount() + s.collabCount(), edges);
		System.out.printf("for comparison, jgrapht-opt's SparseIntUndirectedGraph of the same edges: built in %.0f ms;",
				(System.nanoTime() - started) / 1e6);
		print("", GraphLayout.parseInstance(copy), m);

		// what a server's questions at one date add, kept with the snapshot: that date's view (members, collaborations)
		AsOf asOf = new AsOf(s, LocalDate.parse("2025-06-30"), false);
		new ForceSimilarity(asOf).of(0, 10, false);
		new Overlaps(asOf).find(0, -1, null, 100, 0);
		WithdrawalImpact.collaborations(asOf, 0, -1, 20);
		long withDay = print("with one date's view", GraphLayout.parseInstance(s), m);
		assertThat(withGraph - plain).as("the graph copies nothing").isLessThan(4096);
		assertThat(withGraph / m).isLessThanOrEqualTo(96);
		assertThat(withDay / m).isLessThanOrEqualTo(112);
	}

	private static long print(String what, GraphLayout layout, double memberships) {
		System.out.printf("%s: %,d bytes = %.1f bytes per membership%n", what, layout.totalSize(),
				layout.totalSize() / memberships);
		return layout.totalSize();
	}
}
