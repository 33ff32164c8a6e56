package org.concordat.analytics.snapshot;

import java.util.Arrays;

/**
 * Non-negative ints packed in as many bits as the largest needs: a national register's 17,541 forces take
 * 15 bits a membership, its 213,300 membership numbers 18, a role 2, a kind of collaboration 4. A value is
 * read with two loads from adjacent words and a shift, no branch; a column of zeros takes one bit a row.
 */
final class PackedInts {

	private final long[] words;

	private final int width;

	private final long mask;

	private final int size;

	private PackedInts(long[] words, int width, int size) {
		this.words = words;
		this.width = width;
		this.mask = (1L << width) - 1;
		this.size = size;
	}

	static PackedInts of(int[] values, int n) {
		int max = 0;
		for (int i = 0; i < n; i++) {
			if (values[i] < 0) {
				throw new IllegalArgumentException("negative value " + values[i] + " at " + i);
			}
			max = Math.max(max, values[i]);
		}
		int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
		// one word more than the bits need, so reading the word after a value's first is always in bounds
		long[] words = new long[(int) (((long) n * width + 63) >>> 6) + 1];
		for (int i = 0; i < n; i++) {
			long bit = (long) i * width;
			int w = (int) (bit >>> 6);
			int shift = (int) (bit & 63);
			words[w] |= (long) values[i] << shift;
			if (shift + width > 64) {
				words[w + 1] |= (long) values[i] >>> (64 - shift);
			}
		}
		return new PackedInts(words, width, n);
	}

	int get(int i) {
		long bit = (long) i * width;
		int w = (int) (bit >>> 6);
		int shift = (int) (bit & 63);
		// the second word's bits, shifted in two steps so that a shift of 0 brings in none of them
		return (int) (((words[w] >>> shift) | ((words[w + 1] << 1) << (63 - shift))) & mask);
	}

	int size() {
		return size;
	}

	/** Bits a value takes. */
	int width() {
		return width;
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

		/**
		 * Taking the values as codes below {@code distinct}, the new code of each: the codes in use numbered
		 * 0, 1, … in their old order, -1 for those no row uses (an advance leaves some behind).
		 */
		int[] renumberUsed(int distinct) {
			int[] renumber = new int[distinct];
			for (int i = 0; i < size; i++) {
				renumber[values[i]] = 1;
			}
			int kept = 0;
			for (int code = 0; code < distinct; code++) {
				renumber[code] = renumber[code] == 1 ? kept++ : -1;
			}
			return renumber;
		}

		/** The values mapped through {@code renumber}, packed. */
		PackedInts renumbered(int[] renumber) {
			int[] mapped = new int[size];
			for (int i = 0; i < size; i++) {
				mapped[i] = renumber[values[i]];
			}
			return PackedInts.of(mapped, size);
		}
	}
}
