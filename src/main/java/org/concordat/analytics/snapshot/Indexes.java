package org.concordat.analytics.snapshot;

/** A counting sort, for building compressed sparse rows. */
final class Indexes {

	private Indexes() {
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
