package org.concordat.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Index arrays to id lists, and set arithmetic on ascending int arrays. An index is its id's rank, so an
 * ascending array of indexes lists its ids in order.
 */
public final class IndexLists {

	private IndexLists() {
	}

	public static List<String> forces(RegisterSnapshot s, int[] forces) {
		return of(forces, s::forceId);
	}

	public static List<String> collabs(RegisterSnapshot s, int[] collabs) {
		return of(collabs, s::collabId);
	}

	public static List<String> functions(RegisterSnapshot s, int[] functions) {
		return of(functions, s::functionId);
	}

	private static List<String> of(int[] indexes, IntFunction<String> id) {
		int[] sorted = indexes.clone();
		Arrays.sort(sorted);
		String[] ids = new String[sorted.length]; // not a stream: answers list thousands of these a second
		for (int i = 0; i < sorted.length; i++) {
			ids[i] = id.apply(sorted[i]);
		}
		return List.of(ids);
	}

	/**
	 * The values both ascending arrays hold. When one is far longer (a national collaboration's members
	 * against a bilateral one's), each value of the shorter is looked up in it, O(s log l), rather than both
	 * walked, O(s + l).
	 */
	public static int[] intersection(int[] a, int[] b) {
		int[] shorter = a.length <= b.length ? a : b;
		int[] longer = shorter == a ? b : a;
		int[] out = new int[shorter.length];
		int n = 0;
		if (shorter.length * 16 < longer.length) {
			for (int v : shorter) {
				if (Arrays.binarySearch(longer, v) >= 0) {
					out[n++] = v;
				}
			}
			return Arrays.copyOf(out, n);
		}
		return Arrays.copyOf(out, merge(a, b, out));
	}

	/** |A ∩ B| for ascending arrays, without writing it out. */
	public static int intersectionSize(int[] a, int[] b) {
		return merge(a, b, null);
	}

	/** Walks both ascending arrays side by side: how many values they share, written to {@code out} unless null. */
	private static int merge(int[] a, int[] b, int[] out) {
		int n = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				if (out != null) {
					out[n] = a[i];
				}
				n++;
				i++;
				j++;
			}
		}
		return n;
	}

	/** |A ∩ B| / |A ∪ B| for ascending arrays; 0 when both are empty. */
	public static double jaccard(int[] a, int[] b) {
		int shared = intersectionSize(a, b);
		int union = a.length + b.length - shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	public static boolean contains(int[] sorted, int value) {
		if (sorted.length <= 8) { // most lists asked about are a force's few collaborations, or none
			for (int v : sorted) {
				if (v >= value) {
					return v == value;
				}
			}
			return false;
		}
		return Arrays.binarySearch(sorted, value) >= 0;
	}

	public static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}
}
