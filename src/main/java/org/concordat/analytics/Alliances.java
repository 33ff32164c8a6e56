package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Alliances as they are rather than as drawn: communities of the co-membership graph at D
 * ({@link LabelPropagation}), each with the official regions it spans and the region most of its forces
 * belong to; and per force its degree (distinct partners), betweenness ({@link Betweenness}: exact up to
 * {@value #EXACT_UP_TO} forces, sampled above and labelled so), the share of its partners outside its own
 * official region, and whether its community's main region differs from its own.
 */
public final class Alliances {

	static final int EXACT_UP_TO = 5_000;

	static final int SAMPLED_SOURCES = 256;

	public record Community(String id, List<String> forces, List<String> regions, String mainRegion) {
	}

	public record ForceRole(String force, String community, String region, int degree, double betweenness,
			Double outsideRegionShare, boolean differsFromRegion) {
	}

	public record Answer(java.time.LocalDate at, List<Community> communities, List<ForceRole> forces,
			boolean sampled) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public Alliances(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	public Answer detect() {
		int[] forces = IntStream.range(0, s.forceCount()).filter(asOf::present).boxed()
			.sorted(Comparator.comparing(s::forceId)).mapToInt(Integer::intValue).toArray();
		int[] label = new LabelPropagation(asOf).labels(forces);
		boolean sampled = forces.length > EXACT_UP_TO;
		double[] betweenness = new Betweenness(asOf).of(forces, sampled ? SAMPLED_SOURCES : forces.length);
		Map<Integer, List<Integer>> byLabel = new TreeMap<>();
		for (int f : forces) {
			byLabel.computeIfAbsent(label[f], k -> new ArrayList<>()).add(f);
		}
		List<Community> communities = new ArrayList<>();
		Map<Integer, Community> ofLabel = new HashMap<>();
		byLabel.values().stream().sorted(Comparator.comparing(members -> s.forceId(members.get(0)))).forEach(members -> {
			Community community = community("community-" + (communities.size() + 1), members);
			communities.add(community);
			ofLabel.put(label[members.get(0)], community);
		});
		List<ForceRole> roles = new ArrayList<>();
		for (int f : forces) {
			Community community = ofLabel.get(label[f]);
			Set<Integer> partners = partners(f);
			long outside = partners.stream().filter(g -> !s.region(g).equals(s.region(f))).count();
			roles.add(new ForceRole(s.forceId(f), community.id(), s.region(f), partners.size(), betweenness[f],
					partners.isEmpty() ? null : Ids.round((double) outside / partners.size()),
					!s.region(f).equals(community.mainRegion())));
		}
		return new Answer(asOf.date(), communities, roles, sampled);
	}

	private Community community(String id, List<Integer> members) {
		Map<String, Integer> regionCount = new TreeMap<>();
		members.forEach(f -> regionCount.merge(s.region(f), 1, Integer::sum));
		String main = regionCount.entrySet().stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey).orElse(null);
		List<String> ids = members.stream().map(s::forceId).sorted().toList();
		return new Community(id, ids, List.copyOf(new TreeSet<>(regionCount.keySet())), main);
	}

	private Set<Integer> partners(int f) {
		Set<Integer> partners = new HashSet<>();
		for (int c : asOf.networkCollabsOf(f)) {
			for (int g : asOf.members(c)) {
				if (g != f) {
					partners.add(g);
				}
			}
		}
		return partners;
	}
}
