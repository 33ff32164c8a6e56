package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;

/**
 * Id to row, by open addressing over the column's own bytes: a slot holds a row in as few bits as the rows
 * need (16 for 40,000 collaborations), the table at most three-quarters full, instead of a HashMap's node,
 * boxed Integer and String per id (about 80 bytes). Null rows (deleted forces) are left out, so they are not
 * found.
 */
final class IdIndex {

	private final TextColumn ids;

	private final PackedInts slots; // row + 1, 0 when empty

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
		boolean reuse = old != null && old.slots.size() >= capacity;
		int[] table = new int[reuse ? old.slots.size() : capacity];
		for (int i = 0; reuse && i < table.length; i++) {
			table[i] = old.slots.get(i);
		}
		// inserted last row first, so a lookup meets the last of two equal ids first, as a HashMap filled in
		// row order would answer (never the case in a valid register)
		for (int row = n - 1; row >= (reuse ? kept : 0); row--) {
			if (!ids.isNull(row)) {
				int i = ids.hash(row) & (table.length - 1);
				while (table[i] != 0) {
					i = (i + 1) & (table.length - 1);
				}
				table[i] = row + 1;
			}
		}
		this.slots = PackedInts.of(table, table.length);
	}

	/** The row holding {@code id}, or -1. */
	int find(String id) {
		if (id == null) {
			return -1;
		}
		byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
		int mask = slots.size() - 1;
		for (int i = TextColumn.hash(utf8, 0, utf8.length) & mask; slots.get(i) != 0; i = (i + 1) & mask) {
			if (ids.holds(slots.get(i) - 1, id, utf8)) {
				return slots.get(i) - 1;
			}
		}
		return -1;
	}
}
