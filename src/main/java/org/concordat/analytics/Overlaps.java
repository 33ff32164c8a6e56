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

	/**
	 * {@code pairs} and {@code duplicates} are pages ({@code limit} from {@code offset}) of lists that run to
	 * thousands for a force in a large collaboration; the totals are whole.
	 */
	public record Answer(int totalPairs, List<Pair> pairs, int totalDuplicates, List<Duplicate> duplicates) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public Overlaps(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	/** Every pair and duplicate, unpaged. */
	public Answer find(int force, int function, String region) {
		return find(force, function, region, Integer.MAX_VALUE, 0);
	}

	/** @param force a force index or -1; @param function a function index or -1; @param region a region or null */
	public Answer find(int force, int function, String region, int limit, int offset) {
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
				Found pair = found(a, b, partners.sharedWith(b), membersOfA.length, function, region, order);
				if (pair != null) {
					found.add(pair);
				}
			}
			partners.clear();
		}
		found.sort(Comparator.comparingInt(Found::rankA).thenComparingInt(Found::rankB));
		List<int[]> duplicateOf = new ArrayList<>(); // {function, pair}
		for (int i = 0; i < found.size(); i++) {
			for (int fn : found.get(i).functions()) {
				if (function < 0 || fn == function) {
					duplicateOf.add(new int[] { fn, i });
				}
			}
		}
		// stable: pairs stay in id order within a function
		duplicateOf.sort(Comparator.comparing((int[] d) -> s.functionId(d[0])));
		List<Pair> pairs = page(found.size(), limit, offset, i -> found.get(i).pair(this, order));
		List<Duplicate> duplicates = page(duplicateOf.size(), limit, offset, i -> {
			Pair pair = found.get(duplicateOf.get(i)[1]).pair(this, order);
			return new Duplicate(s.functionId(duplicateOf.get(i)[0]), List.of(pair.a(), pair.b()), pair.shared());
		});
		return new Answer(found.size(), pairs, duplicateOf.size(), duplicates);
	}

	private static <T> List<T> page(int total, int limit, int offset, java.util.function.IntFunction<T> item) {
		List<T> page = new ArrayList<>();
		for (int i = offset; i < total && i - offset < limit; i++) {
			page.add(item.apply(i));
		}
		return page;
	}

	/**
	 * A pair as found, with the ranks of its ids to sort by; its record (ids, sorted shared members) is only
	 * written out when it falls in the page asked for.
	 */
	private record Found(int rankA, int rankB, int first, int second, int[] shared, double jaccard, int[] functions) {

		Pair pair(Overlaps o, IdOrder order) {
			return new Pair(o.s.collabId(first), o.s.collabId(second),
					Arrays.asList(order.forceIds(o.s, shared.clone(), shared.length)), Ids.round(jaccard));
		}
	}

	private Found found(int a, int b, int[] shared, int sizeOfA, int function, String region, IdOrder order) {
		int[] common = Ids.intersection(s.collabFunctions(a), s.collabFunctions(b));
		if (function >= 0 && !Ids.contains(common, function)) {
			return null;
		}
		if (region != null && Arrays.stream(shared).noneMatch(g -> region.equalsIgnoreCase(s.region(g)))) {
			return null;
		}
		int first = order.collabRank(a) < order.collabRank(b) ? a : b;
		int second = first == a ? b : a;
		double jaccard = (double) shared.length / (sizeOfA + asOf.members(b).length - shared.length);
		return new Found(order.collabRank(first), order.collabRank(second), first, second, shared, jaccard, common);
	}

	private int[] networkCollabs() {
		return java.util.stream.IntStream.range(0, s.collabCount()).filter(asOf::inNetwork).toArray();
	}
}
