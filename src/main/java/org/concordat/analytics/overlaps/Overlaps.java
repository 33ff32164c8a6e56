package org.concordat.analytics.overlaps;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

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
 *
 * <p>A force in a large collaboration has thousands of pairs and an answer lists a page of them: pairs are
 * kept as indexes and numbers until the page is picked ({@link FirstK}), and only its pairs are written out.
 *
 * <p>The index is JGraphT's JaccardCoefficientLinkPrediction between two collaborations' vertices of the
 * bipartite network at D; counting what each partner shares stands in for asking it about every pair two steps
 * apart, which rebuilds both member sets for each pair (measured in docs/analytics.md; the tests hold the
 * indexes to JGraphT's).
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
	public record Answer(int totalPairs, List<Pair> pairs, int totalDuplicates, List<Duplicate> duplicates,
			SnapshotStamp snapshot) {
	}

	/** How many pairs (and duplicates) a page holds unless asked otherwise. */
	public static final int DEFAULT_LIMIT = 50;

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
		Found found = new Found(s.collabCount());
		int[] seeds = force < 0 ? networkCollabs() : asOf.networkCollabsOf(force);
		Partners partners = Partners.forThread(s.collabCount());
		java.util.BitSet isSeed = new java.util.BitSet(); // asked for every partner met: a search per partner cost 8% of a request
		Arrays.stream(force < 0 ? new int[0] : seeds).forEach(isSeed::set);
		for (int a : seeds) {
			int[] membersOfA = asOf.members(a);
			for (int g : membersOfA) {
				for (int b : asOf.networkCollabsOf(g)) {
					if (b != a && (b > a || force >= 0 && !isSeed.get(b))) {
						partners.add(b, g);
					}
				}
			}
			for (int i = 0; i < partners.touched(); i++) {
				int b = partners.touched(i);
				if (kept(a, b, partners, function, region)) {
					int shared = partners.count(b);
					found.add(a, b, (double) shared / (membersOfA.length + asOf.members(b).length - shared));
				}
			}
			partners.clear();
		}
		FirstK firstPairs = new FirstK(end(offset, limit, found.size), found::compare);
		for (int p = 0; p < found.size; p++) {
			firstPairs.offer(p);
		}
		int[] pairs = firstPairs.inOrder();
		Duplicates duplicates = duplicates(found, function, end(offset, limit, Integer.MAX_VALUE));
		java.util.Map<Integer, Pair> written = new java.util.HashMap<>(); // a pair may be on both pages
		List<Pair> pairPage = IntStream.range(offset, pairs.length)
			.mapToObj(i -> written.computeIfAbsent(pairs[i], p -> pair(found, p))).toList();
		List<Duplicate> duplicatePage = IntStream.range(offset, duplicates.first().length).map(i -> duplicates.first()[i])
			.mapToObj(d -> {
				Pair pair = written.computeIfAbsent(d / s.functionCount(), p -> pair(found, p));
				return new Duplicate(s.functionId(d % s.functionCount()), List.of(pair.a(), pair.b()), pair.shared());
			}).toList();
		return new Answer(found.size, pairPage, duplicates.total(), duplicatePage, asOf.stamp());
	}

	/**
	 * How many duplicates there are, and the first of them in the answer's order (by function id, then as the
	 * pairs are listed), each as a pair's index times the number of functions plus the function.
	 */
	private record Duplicates(int total, int[] first) {
	}

	private Duplicates duplicates(Found found, int function, int k) {
		int functions = s.functionCount();
		FirstK first = new FirstK(k, (x, y) -> x % functions != y % functions ? Integer.compare(x % functions, y % functions)
				: found.compare(x / functions, y / functions));
		int total = 0;
		for (int p = 0; p < found.size; p++) {
			int[] x = s.collabFunctions(found.first[p]);
			int[] y = s.collabFunctions(found.second[p]);
			int i = 0;
			int j = 0;
			while (i < x.length && j < y.length) { // the functions both cover, ascending
				if (x[i] < y[j]) {
					i++;
				}
				else if (x[i] > y[j]) {
					j++;
				}
				else {
					if (function < 0 || x[i] == function) {
						total++;
						first.offer(p * functions + x[i]);
					}
					i++;
					j++;
				}
			}
		}
		return new Duplicates(total, first.inOrder());
	}

	/** Where a page ends, at most {@code total}: offsets and limits may be large, their sum must not wrap. */
	private static int end(int offset, int limit, int total) {
		return (int) Math.min((long) offset + limit, total);
	}

	/** With a function, both must cover it; with a region, they must share a member from there. */
	private boolean kept(int a, int b, Partners partners, int function, String region) {
		if (function >= 0 && !(IndexLists.contains(s.collabFunctions(a), function) && IndexLists.contains(s.collabFunctions(b), function))) {
			return false;
		}
		return region == null || partners.anySharedWith(b, g -> region.equalsIgnoreCase(s.region(g)));
	}

	/** A pair as listed: its shared members worked out again, sorted by id (only for the page's pairs). */
	private Pair pair(Found found, int p) {
		int[] shared = IndexLists.intersection(asOf.members(found.first[p]), asOf.members(found.second[p]));
		return new Pair(s.collabId(found.first[p]), s.collabId(found.second[p]), IndexLists.forces(s, shared),
				IndexLists.round(found.jaccard[p]));
	}

	/**
	 * The pairs found, as parallel arrays: each pair's two collaborations (the one first in id order first),
	 * its Jaccard index, and a key that orders pairs as answers list them (by the first's id, then the
	 * second's: an index is its id's rank). No record is made for a pair until it falls in the page asked for.
	 */
	private static final class Found {

		private final long collabs;

		int size;

		int[] first = new int[64];

		int[] second = new int[64];

		double[] jaccard = new double[64];

		long[] key = new long[64];

		Found(int collabs) {
			this.collabs = collabs;
		}

		void add(int a, int b, double j) {
			if (size == first.length) {
				first = Arrays.copyOf(first, size * 2);
				second = Arrays.copyOf(second, size * 2);
				jaccard = Arrays.copyOf(jaccard, size * 2);
				key = Arrays.copyOf(key, size * 2);
			}
			boolean aFirst = a < b;
			first[size] = aFirst ? a : b;
			second[size] = aFirst ? b : a;
			jaccard[size] = j;
			key[size] = first[size] * collabs + second[size];
			size++;
		}

		int compare(int p, int q) {
			return Long.compare(key[p], key[q]);
		}
	}

	private int[] networkCollabs() {
		return IntStream.range(0, s.collabCount()).filter(asOf::inNetwork).toArray();
	}
}
