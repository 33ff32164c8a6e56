package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a {@link TextColumn}: rows are new entries or rows of one older column; {@link #build} writes a
 * fresh, exactly sized pool, so texts replaced by an advance never linger in the heap.
 */
final class TextColumnBuilder {

	private final TextColumn old;

	private final boolean dedupe;

	private final PackedInts.Builder rows; // an old entry's offset, or -2 - index into fresh, or -1 for null

	private final java.util.List<byte[]> fresh = new java.util.ArrayList<>();

	TextColumnBuilder(TextColumn old, int capacity, boolean dedupe) {
		this.old = old;
		this.dedupe = dedupe;
		this.rows = new PackedInts.Builder(capacity);
	}

	void add(String text) {
		rows.add(text == null ? -1 : fresh(entry(text)));
	}

	/** Appends bytes that are not text (a name's word codes). */
	void addBytes(byte[] bytes) {
		rows.add(fresh(entry(bytes, false)));
	}

	void set(int i, String text) {
		rows.set(i, text == null ? -1 : fresh(entry(text)));
	}

	/** Appends rows {@code from .. from+n-1} of the old column. */
	void copy(int from, int n) {
		for (int i = from; i < from + n; i++) {
			rows.add(old.offset(i));
		}
	}

	int size() {
		return rows.size();
	}

	private int fresh(byte[] entry) {
		fresh.add(entry);
		return -2 - (fresh.size() - 1);
	}

	TextColumn build() {
		ByteSink sink = new ByteSink(old == null ? 1024 : old.pool().length + 1024);
		Map<String, Integer> written = dedupe ? new HashMap<>() : null;
		// the old column's entries are distinct already, so its rows are deduplicated by offset, with no key
		// to make (a new text equal to an old one is stored twice, which is harmless)
		IntCodes oldSeen = dedupe ? new IntCodes(64) : null;
		int[] oldPlaced = new int[16];
		int placed = 0;
		int[] at = new int[rows.size()];
		// old entries that lie end to end in the old pool are copied as one range
		int rangeFrom = -1;
		int rangeTo = -1;
		int rangeAt = 0;
		for (int i = 0; i < at.length; i++) {
			int row = rows.get(i);
			if (!dedupe && row >= 0) {
				if (row != rangeTo) {
					sink.raw(old.pool(), rangeFrom, rangeTo - rangeFrom);
					rangeFrom = row;
					rangeTo = row;
					rangeAt = sink.size();
				}
				at[i] = rangeAt + row - rangeFrom;
				rangeTo = row + old.headerAt(row) + old.lengthAt(row);
				continue;
			}
			sink.raw(old == null ? null : old.pool(), rangeFrom, rangeTo - rangeFrom);
			rangeFrom = -1;
			rangeTo = -1;
			if (row == -1) {
				at[i] = -1;
				continue;
			}
			byte[] src = row < -1 ? fresh.get(-2 - row) : old.pool();
			int from = row < -1 ? 0 : row;
			int length = row < -1 ? src.length : old.headerAt(row) + old.lengthAt(row);
			if (dedupe && row >= 0) {
				int code = oldSeen.codeOf(row);
				if (code == placed) {
					oldPlaced = placed == oldPlaced.length ? Arrays.copyOf(oldPlaced, placed * 2) : oldPlaced;
					oldPlaced[placed++] = sink.size();
					sink.raw(src, from, length);
				}
				at[i] = oldPlaced[code];
			}
			else if (dedupe) {
				// the entry's bytes, header included, as the key: equal texts have equal entries
				at[i] = written.computeIfAbsent(new String(src, from, length, StandardCharsets.ISO_8859_1), k -> {
					int offset = sink.size();
					sink.raw(src, from, length);
					return offset;
				});
			}
			else {
				at[i] = sink.size();
				sink.raw(src, from, length);
			}
		}
		sink.raw(old == null ? null : old.pool(), rangeFrom, rangeTo - rangeFrom);
		return new TextColumn(sink.bytes(), at, at.length);
	}

	/** An entry: its header, then its bytes. */
	static byte[] entry(byte[] bytes, boolean utf16) {
		byte[] entry = new byte[bytes.length + Varints.MAX_BYTES];
		int n = Varints.write(entry, 0, bytes.length << 1 | (utf16 ? 1 : 0));
		System.arraycopy(bytes, 0, entry, n, bytes.length);
		return Arrays.copyOf(entry, n + bytes.length);
	}

	/** The entry of a text: UTF-8, unless it holds a lone surrogate that UTF-8 would lose. */
	static byte[] entry(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		for (int k = 0; k < text.length(); k++) {
			if (Character.isSurrogate(text.charAt(k))) {
				return new String(utf8, StandardCharsets.UTF_8).equals(text) ? entry(utf8, false)
						: entry(chars(text), true);
			}
		}
		return entry(utf8, false);
	}

	private static byte[] chars(String text) {
		byte[] bytes = new byte[text.length() * 2];
		for (int k = 0; k < text.length(); k++) {
			bytes[2 * k] = (byte) (text.charAt(k) >>> 8);
			bytes[2 * k + 1] = (byte) text.charAt(k);
		}
		return bytes;
	}
}
