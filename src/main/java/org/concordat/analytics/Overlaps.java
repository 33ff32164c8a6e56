package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		int[] seeds = force < 0 ? null : asOf.networkCollabsOf(force);
		Map<Long, int[]> shared = new HashMap<>();
		for (int g : forcesToScan(seeds)) {
			int[] mine = asOf.networkCollabsOf(g);
			for (int i = 0; i < mine.length; i++) {
				boolean iSeed = seeds == null || Ids.contains(seeds, mine[i]);
				for (int j = i + 1; j < mine.length; j++) {
					if (iSeed || Ids.contains(seeds, mine[j])) {
						shared.merge(key(mine[i], mine[j]), new int[] { g }, Overlaps::append);
					}
				}
			}
		}
		List<Pair> pairs = new ArrayList<>(shared.size());
		List<Duplicate> duplicates = new ArrayList<>();
		shared.forEach((key, members) -> {
			int a = (int) (key >>> 32);
			int b = (int) (long) key;
			int[] common = Ids.intersection(s.collabFunctions(a), s.collabFunctions(b));
			if (function >= 0 && !Ids.contains(common, function)) {
				return;
			}
			if (region != null && java.util.Arrays.stream(members).noneMatch(g -> region.equalsIgnoreCase(s.region(g)))) {
				return;
			}
			String idA = s.collabId(a);
			String idB = s.collabId(b);
			List<String> ab = idA.compareTo(idB) < 0 ? List.of(idA, idB) : List.of(idB, idA);
			List<String> sharedIds = ids(members);
			pairs.add(new Pair(ab.get(0), ab.get(1), sharedIds, Ids.round(Ids.jaccard(asOf.members(a), asOf.members(b)))));
			for (int fn : common) {
				if (function < 0 || fn == function) {
					duplicates.add(new Duplicate(s.functionId(fn), ab, sharedIds));
				}
			}
		});
		pairs.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
		duplicates.sort(Comparator.comparing(Duplicate::function)
			.thenComparing(d -> d.collaborations().get(0)).thenComparing(d -> d.collaborations().get(1)));
		return new Answer(pairs, duplicates);
	}

	/** Force ids, sorted, from distinct indexes. */
	private List<String> ids(int[] forces) {
		String[] ids = new String[forces.length];
		for (int i = 0; i < forces.length; i++) {
			ids[i] = s.forceId(forces[i]);
		}
		java.util.Arrays.sort(ids);
		return java.util.Arrays.asList(ids);
	}

	private static int[] append(int[] members, int[] one) {
		int[] more = java.util.Arrays.copyOf(members, members.length + 1);
		more[members.length] = one[0];
		return more;
	}

	/** The forces whose collaborations can pair with a seed: the seeds' members (every force without seeds). */
	private int[] forcesToScan(int[] seeds) {
		if (seeds == null) {
			return java.util.stream.IntStream.range(0, s.forceCount()).filter(asOf::present).toArray();
		}
		int n = 0;
		for (int c : seeds) {
			n += asOf.members(c).length;
		}
		int[] forces = new int[n];
		int k = 0;
		for (int c : seeds) {
			for (int g : asOf.members(c)) {
				forces[k++] = g;
			}
		}
		return java.util.Arrays.stream(forces).sorted().distinct().toArray();
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}
}
