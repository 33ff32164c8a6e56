package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.Map;

/** Small array helpers for building compressed sparse rows. */
final class Indexes {

	private Indexes() {
	}

	static Map<String, Integer> of(String[] ids) {
		Map<String, Integer> index = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] != null) {
				index.put(ids[i], i);
			}
		}
		return index;
	}

	/** For rows given by {@code start} offsets, the row of each of the {@code n} entries. */
	static int[] ownerOf(int[] start, int n) {
		int[] owner = new int[n];
		for (int row = 0; row + 1 < start.length; row++) {
			java.util.Arrays.fill(owner, start[row], start[row + 1], row);
		}
		return owner;
	}

	/**
	 * A counting sort of entries by owner: fills {@code start} (length owners + 1) and answers the entry
	 * numbers grouped by owner, in ascending entry order within each owner.
	 */
	static int[] byOwner(int[] ownerOfEntry, int owners, int[] start) {
		for (int owner : ownerOfEntry) {
			start[owner + 1]++;
		}
		for (int i = 0; i < owners; i++) {
			start[i + 1] += start[i];
		}
		int[] next = java.util.Arrays.copyOf(start, owners);
		int[] entries = new int[ownerOfEntry.length];
		for (int e = 0; e < ownerOfEntry.length; e++) {
			entries[next[ownerOfEntry[e]]++] = e;
		}
		return entries;
	}
}
