package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Overlapping memberships at D: every pair of network collaborations with at least one active member in
 * common, with the Jaccard index of their active member sets, J(A, B) = |A ∩ B| / |A ∪ B| (Jaccard, 1901);
 * and every such pair that also covers the same function, once per function (a possibly duplicated
 * capability).
 *
 * <p>Pairs are found from each collaboration's members: for a collaboration A, every other network
 * collaboration of each of its members is a partner B, and counting how often B turns up gives |A ∩ B|
 * directly, so only pairs that share someone are ever looked at and no two member lists are intersected.
 * With a force, A runs over its collaborations (a pair of two of them is counted from the smaller index
 * only); without, over every network collaboration. With a function, only pairs that both cover it are kept;
 * with a region, only pairs sharing a member from that region.
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
		IdOrder order = IdOrder.of(s);
		int[] seeds = force < 0 ? networkCollabs() : asOf.networkCollabsOf(force);
		Partners partners = Partners.forThread(s.collabCount());
		List<Found> found = new ArrayList<>();
		for (int a : seeds) {
			int[] membersOfA = asOf.members(a);
			for (int g : membersOfA) {
				for (int b : asOf.networkCollabsOf(g)) {
					if (b != a && (b > a || force >= 0 && !Ids.contains(seeds, b))) {
						partners.add(b, g);
					}
				}
			}
			for (int i = 0; i < partners.touched(); i++) {
				int b = partners.touched(i);
				int[] shared = partners.sharedWith(b);
				Found pair = pair(a, b, shared, membersOfA.length, function, region, order);
				if (pair != null) {
					found.add(pair);
				}
			}
			partners.clear();
		}
		found.sort(Comparator.comparingInt(Found::rankA).thenComparingInt(Found::rankB));
		List<Pair> pairs = new ArrayList<>(found.size());
		List<Duplicate> duplicates = new ArrayList<>();
		for (Found f : found) {
			pairs.add(f.pair());
			for (int fn : f.functions()) {
				if (function < 0 || fn == function) {
					duplicates.add(new Duplicate(s.functionId(fn), List.of(f.pair().a(), f.pair().b()), f.pair().shared()));
				}
			}
		}
		duplicates.sort(Comparator.comparing(Duplicate::function)); // stable: pairs stay in id order within a function
		return new Answer(pairs, duplicates);
	}

	/** A pair as found, with the ranks of its ids to sort by. */
	private record Found(int rankA, int rankB, Pair pair, int[] functions) {
	}

	private Found pair(int a, int b, int[] shared, int sizeOfA, int function, String region, IdOrder order) {
		int[] common = Ids.intersection(s.collab(a).functions(), s.collab(b).functions());
		if (function >= 0 && !Ids.contains(common, function)) {
			return null;
		}
		if (region != null && Arrays.stream(shared).noneMatch(g -> region.equalsIgnoreCase(s.region(g)))) {
			return null;
		}
		int first = order.collabRank(a) < order.collabRank(b) ? a : b;
		int second = first == a ? b : a;
		double jaccard = (double) shared.length / (sizeOfA + asOf.members(b).length - shared.length);
		Pair pair = new Pair(s.collab(first).id(), s.collab(second).id(),
				Arrays.asList(order.forceIds(s, shared, shared.length)), Ids.round(jaccard));
		return new Found(order.collabRank(first), order.collabRank(second), pair, common);
	}

	private int[] networkCollabs() {
		return java.util.stream.IntStream.range(0, s.collabCount()).filter(asOf::inNetwork).toArray();
	}
}
