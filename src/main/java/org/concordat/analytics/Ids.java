package org.concordat.analytics;

import java.util.Arrays;
import java.util.List;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/** Index arrays to sorted id lists, and set arithmetic on ascending int arrays. */
final class Ids {

	private Ids() {
	}

	/** Force ids in id order (by precomputed rank: national collaborations list thousands of members). */
	static List<String> forces(RegisterSnapshot s, int[] forces) {
		return Arrays.asList(IdOrder.of(s).forceIds(s, forces.clone(), forces.length));
	}

	static List<String> collabs(RegisterSnapshot s, int[] collabs) {
		return Arrays.stream(collabs).mapToObj(s::collabId).sorted().toList();
	}

	static List<String> functions(RegisterSnapshot s, int[] functions) {
		return Arrays.stream(functions).mapToObj(s::functionId).sorted().toList();
	}

	/**
	 * The values both ascending arrays hold. When one is far longer (a national collaboration's members
	 * against a bilateral one's), each value of the shorter is looked up in it, O(s log l), rather than both
	 * walked, O(s + l).
	 */
	static int[] intersection(int[] a, int[] b) {
		int[] shorter = a.length <= b.length ? a : b;
		int[] longer = shorter == a ? b : a;
		int[] out = new int[shorter.length];
		int n = 0;
		if (shorter.length * 16 < longer.length) {
			int from = 0;
			for (int v : shorter) {
				int at = Arrays.binarySearch(longer, from, longer.length, v);
				if (at >= 0) {
					out[n++] = v;
				}
				from = at >= 0 ? at + 1 : -at - 1;
			}
			return n == out.length ? out : Arrays.copyOf(out, n);
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				out[n++] = a[i];
				i++;
				j++;
			}
		}
		return n == out.length ? out : Arrays.copyOf(out, n);
	}

	/** Whether ascending arrays share a value (without writing out which). */
	static boolean intersects(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/** |A ∩ B| for ascending arrays, without writing it out. */
	static int intersectionSize(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				n++;
				i++;
				j++;
			}
		}
		return n;
	}

	/** |A ∩ B| / |A ∪ B| for ascending arrays; 0 when both are empty. */
	static double jaccard(int[] a, int[] b) {
		int shared = intersectionSize(a, b);
		int union = a.length + b.length - shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	static boolean contains(int[] sorted, int value) {
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

	static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}
}
