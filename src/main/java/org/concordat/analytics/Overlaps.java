package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Overlapping memberships at D: every pair of network collaborations with at least one active member in
 * common, with the Jaccard index of their active member sets, J(A, B) = |A ∩ B| / |A ∪ B| (Jaccard, 1901);
 * and every such pair that also covers the same function, once per function (a possibly duplicated
 * capability).
 *
 * <p>Pairs are found from the forces' side: each force contributes every pair of its own collaborations,
 * so only pairs that share someone are ever looked at. With a force, only pairs involving one of its
 * collaborations are kept; with a function, only pairs that both cover it; with a region, only pairs
 * sharing a member from that region.
 */
public final class Overlaps {

	public record Pair(String a, String b, List<String> shared, double jaccard) {
	}

	public record Duplicate(String function, List<String> collaborations, List<String> sharedMembers) {
	}

	public record Answer(List<Pair> pairs, List<Duplicate> duplicates) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public Overlaps(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	/** @param force a force index or -1; @param function a function index or -1; @param region a region or null */
	public Answer find(int force, int function, String region) {
		Set<Integer> seeds = force < 0 ? null : toSet(asOf.networkCollabsOf(force));
		Map<Long, List<Integer>> shared = new HashMap<>();
		for (int g : forcesToScan(seeds)) {
			int[] mine = asOf.networkCollabsOf(g);
			for (int i = 0; i < mine.length; i++) {
				for (int j = i + 1; j < mine.length; j++) {
					if (seeds == null || seeds.contains(mine[i]) || seeds.contains(mine[j])) {
						shared.computeIfAbsent(key(mine[i], mine[j]), k -> new ArrayList<>()).add(g);
					}
				}
			}
		}
		List<Pair> pairs = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		shared.forEach((key, members) -> {
			int a = (int) (key >>> 32);
			int b = (int) (long) key;
			int[] common = Ids.intersection(s.collab(a).functions(), s.collab(b).functions());
			if (function >= 0 && !Ids.contains(common, function)) {
				return;
			}
			if (region != null && members.stream().noneMatch(g -> region.equalsIgnoreCase(s.region(g)))) {
				return;
			}
			int[] sharedForces = members.stream().mapToInt(Integer::intValue).sorted().toArray();
			List<String> ab = Ids.collabs(s, new int[] { a, b });
			double jaccard = Ids.jaccard(asOf.members(a), asOf.members(b));
			pairs.add(new Pair(ab.get(0), ab.get(1), Ids.forces(s, sharedForces), Ids.round(jaccard)));
			for (int fn : common) {
				if (function < 0 || fn == function) {
					duplicates.add(new Duplicate(s.functionId(fn), ab, Ids.forces(s, sharedForces)));
				}
			}
		});
		pairs.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
		duplicates.sort(Comparator.comparing(Duplicate::function)
			.thenComparing(d -> d.collaborations().get(0)).thenComparing(d -> d.collaborations().get(1)));
		return new Answer(pairs, duplicates);
	}

	private int[] forcesToScan(Set<Integer> seeds) {
		if (seeds == null) {
			return java.util.stream.IntStream.range(0, s.forceCount()).filter(asOf::present).toArray();
		}
		Set<Integer> forces = new HashSet<>();
		seeds.forEach(c -> Arrays.stream(asOf.members(c)).forEach(forces::add));
		return forces.stream().mapToInt(Integer::intValue).toArray();
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

	private static Set<Integer> toSet(int[] values) {
		Set<Integer> set = new HashSet<>();
		Arrays.stream(values).forEach(set::add);
		return set;
	}
}
