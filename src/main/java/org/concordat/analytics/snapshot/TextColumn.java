package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of texts (ids, names, titles, notes) in one UTF-8 byte pool, each row the offset of its entry (a
 * varint length, then the bytes), or none for null. A String costs 40 bytes of headers beside its text; here
 * a text costs its bytes, one length byte and its row's offset (about 22 bits), and is decoded when asked for.
 * A column built with {@code dedupe} stores each distinct text once (a person's force, a figure's force).
 */
final class TextColumn {

	private final byte[] pool;

	/** Each row's entry offset + 1, 0 for null, in as many bits as the pool's size needs (22 for 2 MB). */
	private final PackedInts at;

	private TextColumn(byte[] pool, int[] at, int n) {
		this.pool = pool;
		for (int i = 0; i < n; i++) {
			at[i]++;
		}
		this.at = PackedInts.of(at, n);
	}

	int size() {
		return at.size();
	}

	/** The row's entry offset, -1 for null. */
	private int at(int i) {
		return at.get(i) - 1;
	}

	String get(int i) {
		int p = at(i);
		return p < 0 ? null : new String(pool, p + header(p), length(p), StandardCharsets.UTF_8);
	}

	boolean isNull(int i) {
		return at.get(i) == 0;
	}

	/** Whether row {@code i} holds exactly these UTF-8 bytes (never for null). */
	boolean equalsBytes(int i, byte[] utf8) {
		int p = at(i);
		return p >= 0 && length(p) == utf8.length
				&& Arrays.equals(pool, p + header(p), p + header(p) + utf8.length, utf8, 0, utf8.length);
	}

	/** A hash of row {@code i}'s bytes, the same as {@link #hash(byte[], int, int)} of its text's UTF-8. */
	int hash(int i) {
		int p = at(i);
		return hash(pool, p + header(p), length(p));
	}

	/**
	 * {@code get(i).compareTo(get(j))} without decoding when the texts differ first in ASCII (ids always do):
	 * UTF-8 bytes order as code points, and code points order as Java's UTF-16 chars below U+E000.
	 */
	int compare(int i, int j) {
		int p = at(i) + header(at(i));
		int q = at(j) + header(at(j));
		int n = length(at(i));
		int m = length(at(j));
		int k = Arrays.mismatch(pool, p, p + n, pool, q, q + m);
		if (k < 0) {
			return 0;
		}
		if (k == n || k == m) {
			return n - m;
		}
		byte a = pool[p + k];
		byte b = pool[q + k];
		return a >= 0 && b >= 0 ? a - b : get(i).compareTo(get(j));
	}

	static int hash(byte[] bytes, int from, int length) {
		int h = 0;
		for (int k = from; k < from + length; k++) {
			h = 31 * h + bytes[k];
		}
		return h ^ (h >>> 16);
	}

	/** The entry's length, a little-endian base-128 varint: one byte below 128. */
	private int length(int p) {
		int length = 0;
		for (int shift = 0;; shift += 7) {
			byte b = pool[p++];
			length |= (b & 0x7F) << shift;
			if (b >= 0) {
				return length;
			}
		}
	}

	private int header(int p) {
		int h = 1;
		while (pool[p++] < 0) {
			h++;
		}
		return h;
	}

	/**
	 * Rows are new texts or rows of one older column; {@link #build} writes a fresh, exactly sized pool, so
	 * texts replaced by an advance never linger in the heap.
	 */
	static final class Builder {

		private final TextColumn old;

		private final boolean dedupe;

		private final PackedInts.Builder rows; // an old offset, or -2 - index into texts, or -1 for null

		private final java.util.List<byte[]> texts = new java.util.ArrayList<>();

		Builder(TextColumn old, int capacity, boolean dedupe) {
			this.old = old;
			this.dedupe = dedupe;
			this.rows = new PackedInts.Builder(capacity);
		}

		void add(String text) {
			rows.add(encode(text));
		}

		void set(int i, String text) {
			rows.set(i, encode(text));
		}

		/** Appends row {@code i} of the old column. */
		void copy(int i) {
			rows.add(old.at(i));
		}

		int size() {
			return rows.size();
		}

		private int encode(String text) {
			if (text == null) {
				return -1;
			}
			texts.add(text.getBytes(StandardCharsets.UTF_8));
			return -2 - (texts.size() - 1);
		}

		TextColumn build() {
			ByteSink sink = new ByteSink(old == null ? 1024 : old.pool.length + 1024);
			Map<String, Integer> written = dedupe ? new HashMap<>() : null;
			int[] at = new int[rows.size()];
			// copied rows whose entries lie end to end in the old pool are copied as one range
			int rangeFrom = -1;
			int rangeTo = -1;
			int rangeAt = 0;
			for (int i = 0; i < at.length; i++) {
				int row = rows.get(i);
				if (!dedupe && row >= 0) {
					if (row != rangeTo) {
						sink.raw(old.pool, rangeFrom, rangeTo - rangeFrom);
						rangeFrom = row;
						rangeTo = row;
						rangeAt = sink.size();
					}
					at[i] = rangeAt + row - rangeFrom;
					rangeTo = row + old.header(row) + old.length(row);
					continue;
				}
				sink.raw(old == null ? null : old.pool, rangeFrom, rangeTo - rangeFrom);
				rangeFrom = -1;
				rangeTo = -1;
				if (row == -1) {
					at[i] = -1;
					continue;
				}
				boolean fresh = row < -1;
				byte[] src = fresh ? texts.get(-2 - row) : old.pool;
				int from = fresh ? 0 : row + old.header(row);
				int length = fresh ? src.length : old.length(row);
				if (dedupe) {
					at[i] = written.computeIfAbsent(new String(src, from, length, StandardCharsets.UTF_8),
							t -> sink.entry(src, from, length));
				}
				else {
					at[i] = sink.entry(src, from, length);
				}
			}
			sink.raw(old == null ? null : old.pool, rangeFrom, rangeTo - rangeFrom);
			return new TextColumn(sink.bytes(), at, at.length);
		}
	}
}
