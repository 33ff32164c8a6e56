package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of texts (ids, and the word codes of names) in one byte pool, each row the offset of its entry, or
 * none for null. An entry is a varint header (its byte length, doubled) and the text's UTF-8; a String costs
 * 40 bytes of headers beside its text, an entry one byte and its row's offset (about 22 bits), decoded when
 * asked for. A text UTF-8 cannot carry (a lone surrogate) is kept in UTF-16, marked by the header's low bit.
 * A column built with {@code dedupe} stores each distinct text once (who told a lesson).
 */
final class TextColumn {

	private final byte[] pool;

	/** Each row's entry offset + 1, 0 for null, in as many bits as the pool's size needs (22 for 2 MB). */
	private final PackedInts at;

	TextColumn(byte[] pool, int[] at, int n) {
		this.pool = pool;
		for (int i = 0; i < n; i++) {
			at[i]++;
		}
		this.at = PackedInts.of(at, n);
	}

	int size() {
		return at.size();
	}

	/** Row {@code i}'s entry offset, -1 for null. */
	int offset(int i) {
		return at.get(i) - 1;
	}

	boolean isNull(int i) {
		return at.get(i) == 0;
	}

	String get(int i) {
		int p = at.get(i) - 1;
		if (p < 0) {
			return null;
		}
		return utf16(p) ? chars(p + headerAt(p), lengthAt(p))
				: new String(pool, p + headerAt(p), lengthAt(p), StandardCharsets.UTF_8);
	}

	/** The pool, and where row {@code i}'s bytes start and how many there are (for word codes). */
	byte[] pool() {
		return pool;
	}

	int start(int i) {
		int p = at.get(i) - 1;
		return p + headerAt(p);
	}

	int length(int i) {
		return lengthAt(at.get(i) - 1);
	}

	/** Whether row {@code i}'s bytes are UTF-16 (it holds a lone surrogate) rather than UTF-8. */
	boolean utf16Row(int i) {
		return utf16(at.get(i) - 1);
	}

	/** Whether row {@code i} holds {@code text}, whose UTF-8 is {@code utf8} (never for null). */
	boolean holds(int i, String text, byte[] utf8) {
		int p = at.get(i) - 1;
		if (p < 0) {
			return false;
		}
		if (utf16(p)) {
			return get(i).equals(text);
		}
		int from = p + headerAt(p);
		return lengthAt(p) == utf8.length && Arrays.equals(pool, from, from + utf8.length, utf8, 0, utf8.length);
	}

	/** A hash of row {@code i}'s text as UTF-8, the same as {@link #hash(byte[], int, int)} of its bytes. */
	int hash(int i) {
		int p = at.get(i) - 1;
		if (utf16(p)) {
			byte[] utf8 = get(i).getBytes(StandardCharsets.UTF_8);
			return hash(utf8, 0, utf8.length);
		}
		return hash(pool, p + headerAt(p), lengthAt(p));
	}

	/**
	 * {@code get(i).compareTo(get(j))} for rows that are not null, without decoding when the texts differ
	 * first in ASCII (ids always do): UTF-8 orders as code points, which order as Java's chars below U+E000.
	 */
	int compare(int i, int j) {
		int p = at.get(i) - 1;
		int q = at.get(j) - 1;
		if (utf16(p) || utf16(q)) {
			return get(i).compareTo(get(j));
		}
		int n = lengthAt(p);
		int m = lengthAt(q);
		p += headerAt(p);
		q += headerAt(q);
		int k = Arrays.mismatch(pool, p, p + n, pool, q, q + m);
		if (k < 0) {
			return 0;
		}
		if (k == n || k == m) {
			return n - m;
		}
		return pool[p + k] >= 0 && pool[q + k] >= 0 ? pool[p + k] - pool[q + k] : get(i).compareTo(get(j));
	}

	static int hash(byte[] bytes, int from, int length) {
		int h = 0;
		for (int k = from; k < from + length; k++) {
			h = 31 * h + bytes[k];
		}
		return h ^ (h >>> 16);
	}

	/** The byte length of the entry at {@code p}. */
	int lengthAt(int p) {
		return Varints.read(pool, p) >>> 1;
	}

	private boolean utf16(int p) {
		return (pool[p] & 1) != 0;
	}

	/** The size of the header of the entry at {@code p}. */
	int headerAt(int p) {
		return Varints.size(pool, p);
	}

	/** Chars written two bytes each, high first: Java's own UTF-16 coders would replace a lone surrogate. */
	private String chars(int from, int length) {
		char[] chars = new char[length / 2];
		for (int k = 0; k < chars.length; k++) {
			chars[k] = (char) ((pool[from + 2 * k] & 0xFF) << 8 | pool[from + 2 * k + 1] & 0xFF);
		}
		return new String(chars);
	}

}
