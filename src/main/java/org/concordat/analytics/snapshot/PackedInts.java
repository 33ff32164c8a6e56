package org.concordat.analytics.snapshot;

import java.util.Arrays;

/**
 * Non-negative ints in the narrowest array that holds the largest of them: bytes up to 255, chars up to
 * 65,535, ints beyond. A national register has 17,541 forces, so a membership's force takes two bytes
 * rather than four; a register with more forces still works, at four.
 */
final class PackedInts {

	private final byte[] bytes;

	private final char[] chars;

	private final int[] ints;

	private PackedInts(byte[] bytes, char[] chars, int[] ints) {
		this.bytes = bytes;
		this.chars = chars;
		this.ints = ints;
	}

	static PackedInts of(int[] values, int n) {
		int max = 0;
		for (int i = 0; i < n; i++) {
			if (values[i] < 0) {
				throw new IllegalArgumentException("negative value " + values[i] + " at " + i);
			}
			max = Math.max(max, values[i]);
		}
		if (max <= 0xFF) {
			byte[] b = new byte[n];
			for (int i = 0; i < n; i++) {
				b[i] = (byte) values[i];
			}
			return new PackedInts(b, null, null);
		}
		if (max <= 0xFFFF) {
			char[] c = new char[n];
			for (int i = 0; i < n; i++) {
				c[i] = (char) values[i];
			}
			return new PackedInts(null, c, null);
		}
		return new PackedInts(null, null, Arrays.copyOf(values, n));
	}

	int get(int i) {
		if (chars != null) {
			return chars[i];
		}
		return bytes != null ? bytes[i] & 0xFF : ints[i];
	}

	int size() {
		return chars != null ? chars.length : bytes != null ? bytes.length : ints.length;
	}

	/** Bytes a value takes: 1, 2 or 4. */
	int width() {
		return chars != null ? 2 : bytes != null ? 1 : 4;
	}

	/** A growable int array for builders; packed once, when the snapshot is assembled. */
	static final class Builder {

		private int[] values;

		private int size;

		Builder(int capacity) {
			values = new int[Math.max(capacity, 8)];
		}

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size + (size >> 1) + 8);
			}
			values[size++] = value;
		}

		/** Appends {@code n} values of {@code packed} from {@code from}. */
		void copy(PackedInts packed, int from, int n) {
			if (size + n > values.length) {
				values = Arrays.copyOf(values, Math.max(size + n, size + (size >> 1) + 8));
			}
			for (int i = 0; i < n; i++) {
				values[size + i] = packed.get(from + i);
			}
			size += n;
		}

		void set(int i, int value) {
			values[i] = value;
		}

		int get(int i) {
			return values[i];
		}

		int size() {
			return size;
		}

		PackedInts build() {
			return PackedInts.of(values, size);
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
