package org.concordat.analytics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.NationalRegister;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.register.RegisterDocument;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Why each hand-written kernel is kept: at national scale (the generated register of 17,541 agencies, seed 7,
 * at 2025-06-30, without a database), the kernel beside the JGraphT way of answering the same thing, on the
 * same sample of forces. A benchmark, run only with {@code mvn -Pbench test -Dtest=JGraphTMeasurements}; the
 * figures are in docs/analytics.md ("What is still hand-written, and why").
 */
@Tag("bench")
class JGraphTMeasurements {

	private static final LocalDate AT = LocalDate.of(2025, 6, 30);

	@Test
	void kernelsBesideJGraphT() {
		RegisterSnapshot s = NationalRegister.snapshot();
		AsOf asOf = new AsOf(s, AT, false);
		Graph<Integer, Integer> view = asOf.graph();
		List<Integer> sample = new ArrayList<>();
		Random random = new Random(7);
		while (sample.size() < 30) {
			int f = random.nextInt(s.forceCount());
			if (asOf.networkCollabsOf(f).length > 0) {
				sample.add(f);
			}
		}
		Connectivity whole = Connectivity.of(asOf);
		int components = whole.components();
		var jaccard = new JaccardCoefficientLinkPrediction<>(view);

		compare("similar forces (top 10 by Jaccard)", sample, f -> new ForceSimilarity(asOf).of(f, 10, false), f -> {
			for (int g : candidates(asOf, f)) {
				jaccard.predict(f, g); // the kernel scores these same candidates
			}
		});
		compare("overlaps for one force (every pair)", sample, f -> new Overlaps(asOf).find(f, -1, null), f -> {
			for (int a : asOf.networkCollabsOf(f)) {
				Set<Integer> partners = new HashSet<>();
				for (int g : asOf.members(a)) {
					for (int b : asOf.networkCollabsOf(g)) {
						if (b != a && partners.add(b)) {
							jaccard.predict(s.forceCount() + a, s.forceCount() + b);
						}
					}
				}
			}
		});
		compare("contacts (withdrawal, top 10)", sample, f -> new ContactFinder(asOf).find(f, "withdrawal", 10), f -> {
			var search = new BreadthFirstIterator<>(view, f); // the search alone, before any contact is scored
			while (search.hasNext()) {
				search.next();
			}
		});
		compare("withdrawal's network effect (components after)", sample,
				f -> new WithdrawalImpact(asOf, whole).of(f, -1, 25, 20, 10, 20), f -> {
					Set<Integer> left = new HashSet<>();
					for (int c : asOf.networkCollabsOf(f)) {
						left.add(c);
					}
					new ConnectivityInspector<>(new MaskSubgraph<>(view, v -> false,
							m -> s.memberForce(m) == f && left.contains(s.memberCollab(m)))).connectedSets();
				});

		long started = System.nanoTime();
		DatedNetwork copy = new DatedNetwork(asOf);
		System.out.printf("the network at %s copied for the whole-network algorithms: %.0f ms%n", AT, ms(started));
		WholeNetwork.onDeepStack(() -> {
			for (var graph : List.of(copy.graph, view)) {
				String name = graph == view ? "over the MaskSubgraph view" : "over the copy";
				long t = System.nanoTime();
				new ConnectivityInspector<>(graph).connectedSets();
				System.out.printf("ConnectivityInspector %s: %.0f ms%n", name, ms(t));
				t = System.nanoTime();
				new BiconnectivityInspector<>(graph).getCutpoints();
				System.out.printf("BiconnectivityInspector %s: %.0f ms%n", name, ms(t));
				t = System.nanoTime();
				new LabelPropagationClustering<>(graph, 100, new Random(Alliances.SEED)).getClustering();
				System.out.printf("LabelPropagationClustering %s: %.0f ms%n", name, ms(t));
			}
			return null;
		});
		started = System.nanoTime();
		new Betweenness(asOf).of(java.util.stream.IntStream.range(0, s.forceCount()).toArray(), Alliances.SAMPLED_SOURCES);
		System.out.printf("betweenness estimated from %d sources (the kernel), all %,d forces: %.0f ms%n",
				Alliances.SAMPLED_SOURCES, s.forceCount(), ms(started));
		for (int agencies : new int[] { 500, 1_000, 2_000 }) {
			RegisterDocument doc = NationalRegister.generated(agencies, NationalRegister.SEED);
			AsOf smaller = new AsOf(SnapshotBuilder.build(1, doc), AT, false);
			int n = smaller.snapshot().forceCount();
			long t = System.nanoTime();
			new BetweennessCentrality<>(new CoMembershipGraph(smaller), false).getScores();
			double exact = ms(t);
			t = System.nanoTime();
			new Betweenness(smaller).of(java.util.stream.IntStream.range(0, n).toArray(), n);
			System.out.printf("betweenness of %,d forces: JGraphT's exact BetweennessCentrality %.0f ms, the kernel with "
					+ "every force a source %.0f ms%n", n, exact, ms(t));
		}
	}

	/** The forces sharing a network collaboration with {@code f}. */
	private static Set<Integer> candidates(AsOf asOf, int f) {
		Set<Integer> found = new HashSet<>();
		for (int c : asOf.networkCollabsOf(f)) {
			for (int g : asOf.members(c)) {
				if (g != f) {
					found.add(g);
				}
			}
		}
		return found;
	}

	private static void compare(String question, List<Integer> sample, IntConsumer kernel, IntConsumer jgrapht) {
		for (int warm = 0; warm < 2; warm++) {
			sample.forEach(kernel::accept);
		}
		long[] mine = new long[sample.size()];
		long[] theirs = new long[sample.size()];
		for (int i = 0; i < sample.size(); i++) {
			long t = System.nanoTime();
			kernel.accept(sample.get(i));
			mine[i] = System.nanoTime() - t;
		}
		jgrapht.accept(sample.get(0));
		for (int i = 0; i < sample.size(); i++) {
			long t = System.nanoTime();
			jgrapht.accept(sample.get(i));
			theirs[i] = System.nanoTime() - t;
		}
		System.out.printf("%s, %d forces: the kernel %.3f ms p50, the JGraphT way %.3f ms p50 (%.0f×)%n", question,
				sample.size(), median(mine) / 1e6, median(theirs) / 1e6, median(theirs) / Math.max(1, median(mine)));
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double ms(long started) {
		return (System.nanoTime() - started) / 1e6;
	}
}
