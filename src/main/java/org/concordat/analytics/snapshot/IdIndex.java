package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;

/**
 * Id to row, by open addressing over the column's own bytes: one int a slot, at most three-quarters full,
 * instead of a HashMap's node, boxed Integer and String per id (about 80 bytes). Null rows (deleted forces)
 * are left out, so they are not found.
 */
final class IdIndex {

	private final TextColumn ids;

	private final int[] slots; // row + 1, 0 when empty

	IdIndex(TextColumn ids) {
		this(ids, null, 0);
	}

	/**
	 * An index of {@code ids} whose first {@code kept} rows hold what they held in {@code old}'s column: the
	 * old slots are copied and only the rows after them added, when they fit.
	 */
	IdIndex(TextColumn ids, IdIndex old, int kept) {
		this.ids = ids;
		int n = ids.size();
		int capacity = Integer.highestOneBit(Math.max(4, n + n / 3) * 2 - 1);
		boolean reuse = old != null && old.slots.length >= capacity;
		this.slots = reuse ? old.slots.clone() : new int[capacity];
		// inserted last row first, so a lookup meets the last of two equal ids first, as a HashMap filled in
		// row order would answer (never the case in a valid register)
		for (int row = n - 1; row >= (reuse ? kept : 0); row--) {
			if (!ids.isNull(row)) {
				insert(row);
			}
		}
	}

	private void insert(int row) {
		int mask = slots.length - 1;
		int i = ids.hash(row) & mask;
		while (slots[i] != 0) {
			i = (i + 1) & mask;
		}
		slots[i] = row + 1;
	}

	/** The row holding {@code id}, or -1. */
	int find(String id) {
		if (id == null) {
			return -1;
		}
		byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
		int mask = slots.length - 1;
		for (int i = TextColumn.hash(utf8, 0, utf8.length) & mask; slots[i] != 0; i = (i + 1) & mask) {
			if (ids.equalsBytes(slots[i] - 1, utf8)) {
				return slots[i] - 1;
			}
		}
		return -1;
	}
}
