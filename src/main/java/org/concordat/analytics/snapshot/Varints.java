package org.concordat.analytics.snapshot;

/**
 * Non-negative ints as varints, little-endian base 128: seven bits a byte, the high bit set on every byte but
 * the last, so a value below 128 takes one byte. The text pools' entry headers and the word codes use them.
 */
final class Varints {

	/** The most bytes an int takes. */
	static final int MAX_BYTES = 5;

	private Varints() {
	}

	/** Writes {@code value} at {@code p}; answers the position after it. */
	static int write(byte[] bytes, int p, int value) {
		for (int rest = value;; rest >>>= 7) {
			bytes[p++] = (byte) (rest >= 0x80 ? rest & 0x7F | 0x80 : rest);
			if (rest < 0x80) {
				return p;
			}
		}
	}

	/** The value at {@code p}. */
	static int read(byte[] bytes, int p) {
		int value = 0;
		for (int shift = 0;; shift += 7) {
			byte b = bytes[p++];
			value |= (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
	}

	/** How many bytes the varint at {@code p} takes. */
	static int size(byte[] bytes, int p) {
		int n = 1;
		while (bytes[p++] < 0) {
			n++;
		}
		return n;
	}
}
