package org.concordat.analytics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Alliances as they are rather than as drawn: communities of the network at D, each with the official regions
 * it spans and the region most of its forces belong to; and per force its degree (distinct partners),
 * betweenness, the share of its partners outside its own official region, and whether its community's main
 * region differs from its own.
 *
 * <p>Communities are JGraphT's LabelPropagationClustering (Raghavan, Albert and Kumara 2007) on the bipartite
 * network ({@link DatedNetwork}): each collaboration takes the label most of its members carry, each force
 * the label most of its collaborations carry, ties and the order of each round drawn from a random source
 * with a fixed seed, so an answer is repeatable. Betweenness is on the co-membership network, normalised by
 * the (n − 1)(n − 2) / 2 pairs of other forces: JGraphT's BetweennessCentrality, exact, up to
 * {@value #EXACT_UP_TO} forces; above, estimated from {@value #SAMPLED_SOURCES} sources ({@link Betweenness})
 * and labelled {@code sampled}.
 */
public final class Alliances {

	static final int EXACT_UP_TO = 1_000;

	static final int SAMPLED_SOURCES = 256;

	/** The label propagation's random source: fixed, so the same network gives the same communities. */
	static final long SEED = 20261205L;

	private static final int MAX_ROUNDS = 100;

	public record Community(String id, List<String> forces, List<String> regions, String mainRegion) {
	}

	public record ForceRole(String force, String community, String region, int degree, double betweenness,
			Double outsideRegionShare, boolean differsFromRegion) {
	}

	public record Answer(LocalDate at, List<Community> communities, List<ForceRole> forces, boolean sampled,
			SnapshotStamp snapshot) {
	}

	private Alliances() {
	}

	/** Worked out now (a server works it out once per snapshot version and date: {@link WholeNetwork}). */
	public static Answer of(AsOf asOf) {
		return of(asOf, new DatedNetwork(asOf));
	}

	static Answer of(AsOf asOf, DatedNetwork network) {
		RegisterSnapshot s = asOf.snapshot();
		ClusteringAlgorithm.Clustering<Integer> clusters = new LabelPropagationClustering<>(network.graph, MAX_ROUNDS,
				new Random(SEED)).getClustering();
		List<int[]> byCommunity = clusters.getClusters().stream()
			.map(cluster -> cluster.stream().mapToInt(Integer::intValue).filter(network::isForce).sorted().toArray())
			.filter(forces -> forces.length > 0)
			.sorted(Comparator.comparingInt((int[] forces) -> forces[0])) // by first force, which is id order
			.toList();
		CoMembershipGraph coMembership = new CoMembershipGraph(asOf);
		double[] betweenness = betweenness(asOf, coMembership);
		List<Community> communities = new ArrayList<>();
		Community[] communityOf = new Community[s.forceCount()];
		for (int[] forces : byCommunity) {
			Community community = community(s, "community-" + (communities.size() + 1), forces);
			communities.add(community);
			Arrays.stream(forces).forEach(f -> communityOf[f] = community);
		}
		List<ForceRole> roles = new ArrayList<>(s.forceCount());
		for (int f = 0; f < s.forceCount(); f++) {
			int[] partners = coMembership.partners(f);
			String region = s.region(f);
			long outside = Arrays.stream(partners).filter(g -> !java.util.Objects.equals(s.region(g), region)).count();
			roles.add(new ForceRole(s.forceId(f), communityOf[f].id(), region, partners.length, betweenness[f],
					partners.length == 0 ? null : IndexLists.round((double) outside / partners.length),
					!java.util.Objects.equals(region, communityOf[f].mainRegion())));
		}
		return new Answer(asOf.date(), communities, roles, s.forceCount() > EXACT_UP_TO, asOf.stamp());
	}

	private static double[] betweenness(AsOf asOf, CoMembershipGraph coMembership) {
		int n = asOf.snapshot().forceCount();
		if (n > EXACT_UP_TO) {
			return new Betweenness(asOf).of(java.util.stream.IntStream.range(0, n).toArray(), SAMPLED_SOURCES);
		}
		Map<Integer, Double> raw = new BetweennessCentrality<>(coMembership, false).getScores(); // each pair once
		double pairs = (n - 1.0) * (n - 2.0) / 2;
		double[] scores = new double[n];
		raw.forEach((f, score) -> scores[f] = pairs <= 0 ? 0 : IndexLists.round(score / pairs));
		return scores;
	}

	private static Community community(RegisterSnapshot s, String id, int[] forces) {
		Map<String, Integer> regionCount = new TreeMap<>();
		Arrays.stream(forces).forEach(f -> regionCount.merge(s.region(f), 1, Integer::sum));
		String main = regionCount.entrySet().stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey).orElse(null);
		return new Community(id, IndexLists.forces(s, forces), List.copyOf(new TreeSet<>(regionCount.keySet())), main);
	}
}
