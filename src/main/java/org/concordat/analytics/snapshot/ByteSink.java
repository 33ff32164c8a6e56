package org.concordat.analytics.snapshot;

import java.util.Arrays;

/** A growing byte pool. */
final class ByteSink {

	private byte[] bytes;

	private int size;

	ByteSink(int capacity) {
		bytes = new byte[Math.max(capacity, 16)];
	}

	/** Appends bytes as they are (entries already prefixed). */
	void raw(byte[] src, int from, int length) {
		if (length > 0) {
			if (size + length > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(size + length, bytes.length * 2));
			}
			System.arraycopy(src, from, bytes, size, length);
			size += length;
		}
	}

	int size() {
		return size;
	}

	byte[] bytes() {
		return Arrays.copyOf(bytes, size);
	}
}
