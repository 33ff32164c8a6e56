package org.concordat.analytics.snapshot;

import java.util.Arrays;

/** A growing pool of length-prefixed entries: a varint length (one byte below 128), then the bytes. */
final class ByteSink {

	private byte[] bytes;

	private int size;

	ByteSink(int capacity) {
		bytes = new byte[Math.max(capacity, 16)];
	}

	int entry(byte[] src, int from, int length) {
		if (size + length + 5 > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(size + length + 5, bytes.length * 2));
		}
		int at = size;
		int rest = length;
		while (rest >= 0x80) {
			bytes[size++] = (byte) (rest | 0x80);
			rest >>>= 7;
		}
		bytes[size++] = (byte) rest;
		System.arraycopy(src, from, bytes, size, length);
		size += length;
		return at;
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
