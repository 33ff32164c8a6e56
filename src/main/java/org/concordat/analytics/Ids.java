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

	static int[] intersection(int[] a, int[] b) {
		int[] out = new int[Math.min(a.length, b.length)];
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
				out[n++] = a[i];
				i++;
				j++;
			}
		}
		return Arrays.copyOf(out, n);
	}

	/** |A ∩ B| / |A ∪ B| for ascending arrays; 0 when both are empty. */
	static double jaccard(int[] a, int[] b) {
		int shared = intersection(a, b).length;
		int union = a.length + b.length - shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	static boolean contains(int[] sorted, int value) {
		return Arrays.binarySearch(sorted, value) >= 0;
	}

	static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}
}
