package org.concordat.analytics.snapshot;

import java.util.Arrays;

/**
 * A column of epoch days, each stored as a two-byte code into the column's own list of distinct days. A
 * national register's 426,600 membership dates hold about 6,000 distinct days, so this halves them without
 * narrowing any value: every int is kept exactly, before 1970, far in the future, {@link Day#NEVER_BEFORE}
 * and {@link Day#OPEN} alike. A column with more than 65,536 distinct days keeps the days themselves.
 */
final class DayColumn {

	private static final int MAX_CODES = 1 << 16;

	/** The distinct days, by code; null when {@link #raw} holds the days themselves. */
	private final int[] days;

	private final char[] codes;

	private final int[] raw;

	private DayColumn(int[] days, char[] codes, int[] raw) {
		this.days = days;
		this.codes = codes;
		this.raw = raw;
	}

	static DayColumn of(int[] values, int n) {
		IntCodes distinct = new IntCodes(64);
		char[] codes = new char[n];
		for (int i = 0; i < n; i++) {
			int code = distinct.codeOf(values[i]);
			if (code >= MAX_CODES) {
				return new DayColumn(null, null, Arrays.copyOf(values, n));
			}
			codes[i] = (char) code;
		}
		return new DayColumn(distinct.values(), codes, null);
	}

	int get(int i) {
		return codes != null ? days[codes[i]] : raw[i];
	}

	int size() {
		return codes != null ? codes.length : raw.length;
	}

	/** Whether the column fell back to four bytes a day (more than 65,536 distinct days). */
	boolean wide() {
		return raw != null;
	}

	/** Days appended one by one, coded when built. */
	static final class Builder {

		private final PackedInts.Builder days;

		Builder(int capacity) {
			days = new PackedInts.Builder(capacity);
		}

		void add(int day) {
			days.add(day);
		}

		int size() {
			return days.size();
		}

		DayColumn build() {
			return DayColumn.of(days.toArray(), days.size());
		}
	}

	/** Codes for distinct ints, in order of first appearance: an open-addressing map from value to code. */
	static final class IntCodes {

		private int[] keys;

		private int[] slots; // code + 1, 0 when empty

		private int size;

		IntCodes(int capacity) {
			int n = Integer.highestOneBit(Math.max(capacity, 8) * 2 - 1) * 2;
			keys = new int[n / 2];
			slots = new int[n];
		}

		int codeOf(int value) {
			int mask = slots.length - 1;
			for (int i = mix(value) & mask;; i = (i + 1) & mask) {
				int slot = slots[i];
				if (slot == 0) {
					if (size == keys.length) {
						grow();
						return codeOf(value);
					}
					keys[size] = value;
					slots[i] = ++size;
					return size - 1;
				}
				if (keys[slot - 1] == value) {
					return slot - 1;
				}
			}
		}

		int[] values() {
			return Arrays.copyOf(keys, size);
		}

		private void grow() {
			int[] old = Arrays.copyOf(keys, size);
			keys = new int[old.length * 2];
			slots = new int[old.length * 4];
			size = 0;
			for (int v : old) {
				codeOf(v);
			}
		}

		private static int mix(int v) {
			int h = v * 0x9E3779B9;
			return h ^ (h >>> 16);
		}
	}
}
