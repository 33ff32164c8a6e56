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
 * collaboration of each of its members is a partner B, taken the first time it is met from A, so only pairs
 * that share someone are ever looked at and no two member lists are intersected to find them. With a force, A
 * runs over its collaborations (a pair of two of them is counted from the smaller index only); without, over
 * every network collaboration. With a function, only pairs that both cover it are kept; with a region, A's
 * members from elsewhere are passed over, so only pairs sharing a member from there are met.
 *
 * <p>A force in a large collaboration has thousands of pairs and an answer lists a page of them with whole
 * totals: each pair is counted, and its functions in common read, as it is met, and only a pair that would
 * enter one of the pages ({@link FirstK}) is kept; the page's pairs alone are written out, their members in
 * common (and so their index) worked out then. Reading each partner's functions through its record, keeping
 * every pair and counting the members it shares were most of a request (docs/scaling.md, "What limits the
 * misses").
 *
 * <p>The index is JGraphT's JaccardCoefficientLinkPrediction between two collaborations' vertices of the
 * bipartite network at D; meeting each partner through the members and intersecting only the listed pairs'
 * members stands in for asking it about every pair two steps apart, which rebuilds both member sets for each
 * pair (measured in docs/analytics.md; the tests hold the indexes to JGraphT's).
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

	private static final int[] NONE = new int[0];

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
		int[] seeds = force < 0 ? networkCollabs() : asOf.networkCollabsOf(force);
		java.util.BitSet isSeed = new java.util.BitSet(); // asked for every partner met: a search per partner cost 8% of a request
		Arrays.stream(force < 0 ? new int[0] : seeds).forEach(isSeed::set);
		Met met = Met.forThread(s.collabCount());
		// at least one kept even for a page of none: an empty heap has no worst for a pair to be compared with
		Found found = new Found((int) Math.max(1, Math.min((long) offset + limit, Integer.MAX_VALUE)), function, met);
		for (int a : seeds) {
			if (function >= 0 && !found.bits.covers(a, function)) {
				continue;
			}
			met.next();
			for (int g : asOf.members(a)) {
				for (int b : region == null || region.equalsIgnoreCase(s.region(g)) ? asOf.networkCollabsOf(g) : NONE) {
					if (b != a && (b > a || force >= 0 && !isSeed.get(b)) && met.first(b)
							&& (function < 0 || found.bits.covers(b, function))) {
						found.add(a, b);
					}
				}
			}
		}
		int[] pairs = found.pairs.inOrder();
		int[] duplicates = found.duplicates.inOrder();
		java.util.Map<Integer, Pair> written = new java.util.HashMap<>(); // a pair may be on both pages
		List<Pair> pairPage = IntStream.range(offset, pairs.length).limit(limit)
			.mapToObj(i -> written.computeIfAbsent(pairs[i], p -> pair(found, p))).toList();
		List<Duplicate> duplicatePage = IntStream.range(offset, duplicates.length).limit(limit).map(i -> duplicates[i]).mapToObj(d -> {
			Pair pair = written.computeIfAbsent(d / s.functionCount(), p -> pair(found, p));
			return new Duplicate(s.functionId(d % s.functionCount()), List.of(pair.a(), pair.b()), pair.shared());
		}).toList();
		met.done();
		return new Answer(found.totalPairs, pairPage, found.totalDuplicates, duplicatePage, asOf.stamp());
	}

	/** A pair as listed: its shared members, in id order as found, and its index (only for the page's pairs). */
	private Pair pair(Found found, int p) {
		int first = (int) (found.key[p] / s.collabCount());
		int second = (int) (found.key[p] % s.collabCount());
		int[] a = asOf.members(first);
		int[] b = asOf.members(second);
		int[] shared = IndexLists.intersection(a, b);
		String[] ids = new String[shared.length]; // not a stream: an unpaged answer lists thousands of pairs
		for (int i = 0; i < shared.length; i++) {
			ids[i] = s.forceId(shared[i]);
		}
		return new Pair(s.collabId(first), s.collabId(second), List.of(ids),
				IndexLists.round((double) shared.length / (a.length + b.length - shared.length)));
	}

	/**
	 * The pairs found: how many, with how many functions in common, and those that may still make a page, each
	 * as its index in {@code key}: the first of its collaborations in id order times the number of collaborations
	 * plus the second, which orders pairs as answers list them (an index is its id's rank). Duplicates are ordered
	 * by function id, then as the pairs are, each as a pair's index times the number of functions plus the
	 * function. A pair that can enter neither page is counted and forgotten.
	 */
	private final class Found {

		final FunctionBits bits = FunctionBits.of(s);

		final int function;

		final int functions = s.functionCount();

		final FirstK pairs;

		final FirstK duplicates;

		int totalPairs;

		int totalDuplicates;

		final Met met;

		int size;

		long[] key;

		Found(int k, int function, Met met) {
			this.function = function;
			this.met = met;
			this.key = met.kept;
			this.pairs = new FirstK(k, (p, q) -> Long.compare(key[p], key[q]));
			this.duplicates = new FirstK(k, (x, y) -> x % functions != y % functions
					? Integer.compare(x % functions, y % functions) : Long.compare(key[x / functions], key[y / functions]));
		}

		void add(int a, int b) {
			long k = (long) Math.min(a, b) * s.collabCount() + Math.max(a, b);
			totalPairs++;
			int p = -1;
			if (!pairs.full() || k < key[pairs.worst()]) {
				pairs.offer(p = keep(k));
			}
			for (int fn = bits.shared(a, b, 0); fn >= 0; fn = bits.shared(a, b, fn + 1)) {
				if (function < 0 || fn == function) {
					totalDuplicates++;
					int worst = duplicates.full() ? duplicates.worst() : -1;
					if (worst < 0 || fn < worst % functions || fn == worst % functions && k < key[worst / functions]) {
						duplicates.offer((p = p < 0 ? keep(k) : p) * functions + fn);
					}
				}
			}
		}

		private int keep(long k) {
			if (size == key.length) {
				key = met.kept = Arrays.copyOf(key, size * 2);
			}
			key[size] = k;
			return size++;
		}
	}

	/**
	 * Each collaboration's functions as bits, {@code words} longs a collaboration, kept with the snapshot: one
	 * read for a partner met, where its record, its array and the array's values were three.
	 */
	private record FunctionBits(int words, long[] bits) {

		static FunctionBits of(RegisterSnapshot s) {
			return s.derived(FunctionBits.class, x -> {
				int words = (x.functionCount() + 63) >>> 6;
				long[] bits = new long[x.collabCount() * words];
				for (int c = 0; c < x.collabCount(); c++) {
					for (int fn : x.collabFunctions(c)) {
						bits[c * words + (fn >>> 6)] |= 1L << fn;
					}
				}
				return new FunctionBits(words, bits);
			});
		}

		boolean covers(int c, int fn) {
			return (bits[c * words + (fn >>> 6)] & 1L << fn) != 0;
		}

		/** The first function from {@code fn} on that both cover, or -1. */
		int shared(int a, int b, int fn) {
			for (int w = fn >>> 6; w < words; w++) {
				long both = bits[a * words + w] & bits[b * words + w] & (w == fn >>> 6 ? -1L << fn : -1L);
				if (both != 0) {
					return w * 64 + Long.numberOfTrailingZeros(both);
				}
			}
			return -1;
		}
	}

	/**
	 * Per thread, a bit per collaboration met from the current seed, and room for the pairs kept: allocated once
	 * (growing the pairs kept, hundreds before the pages settle, was most of what a request allocated), the room
	 * for pairs only up to {@link #KEPT_HELD} (beyond, it is given back after the request). The bits
	 * are 5 kB at national scale, so they stay in the core's cache and are zeroed whole for each seed.
	 */
	private static final class Met {

		private static final ThreadLocal<Met> PER_THREAD = new ThreadLocal<>();

		private final long[] met;

		/**
		 * 8 kB: every default page (50 from offset 0) and every 100 from 0 of the national register keeps at most
		 * 1,024 pairs (measured 06 Dec, every force at 2025-06-30), so those never grow it again.
		 */
		static final int KEPT_HELD = 1_024;

		long[] kept = new long[256];

		private Met(int collabs) {
			met = new long[(collabs + 63) >>> 6];
		}

		static Met forThread(int collabs) {
			Met m = PER_THREAD.get();
			if (m == null || m.met.length << 6 < collabs) {
				PER_THREAD.set(m = new Met(collabs));
			}
			return m;
		}

		void next() {
			Arrays.fill(met, 0);
		}

		/**
		 * After a request: room for more than {@link #KEPT_HELD} pairs, which only a deep page or an unpaged answer
		 * takes (every pair of a force, or 4 MB for the whole network's), is given back, so a thread holds at most
		 * that between requests.
		 */
		void done() {
			if (kept.length > KEPT_HELD) {
				kept = new long[KEPT_HELD];
			}
		}

		/** Whether {@code c} is met from this seed for the first time. */
		boolean first(int c) {
			boolean first = (met[c >>> 6] & 1L << c) == 0;
			met[c >>> 6] |= 1L << c;
			return first;
		}
	}

	/** The room for pairs kept that this thread holds between requests. */
	static int keptRoom() {
		Met met = Met.PER_THREAD.get();
		return met == null ? 0 : met.kept.length;
	}

	private int[] networkCollabs() {
		return IntStream.range(0, s.collabCount()).filter(asOf::inNetwork).toArray();
	}
}
