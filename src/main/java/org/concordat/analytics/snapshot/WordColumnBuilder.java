package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link WordColumn}. Built whole, words are numbered by frequency. Built on an older column (an
 * advance), its rows are copied code for code, new words are numbered after the old ones, and the whole
 * column is numbered anew only once many old words are no longer used.
 */
final class WordColumnBuilder {

	private final WordColumn old;

	private final PackedInts.Builder rows; // an old row, or -2 - index into texts, or -1 for null

	private final List<String> texts = new ArrayList<>();

	WordColumnBuilder(WordColumn old, int capacity) {
		this.old = old;
		this.rows = new PackedInts.Builder(capacity);
	}

	void add(String text) {
		rows.add(text(text));
	}

	void set(int i, String text) {
		rows.set(i, text(text));
	}

	private int text(String text) {
		if (text == null) {
			return -1;
		}
		texts.add(text);
		return -2 - (texts.size() - 1);
	}

	/** Appends rows {@code from .. from+n-1} of the old column. */
	void copy(int from, int n) {
		for (int i = from; i < from + n; i++) {
			rows.add(i);
		}
	}

	int size() {
		return rows.size();
	}

	WordColumn build() {
		if (old == null) {
			List<String> all = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				all.add(rows.get(i) == -1 ? null : texts.get(-2 - rows.get(i)));
			}
			return numbered(all);
		}
		Map<String, Integer> codeOf = null;
		List<String> added = new ArrayList<>();
		TextColumnBuilder coded = new TextColumnBuilder(old.rows, rows.size(), false);
		for (int i = 0; i < rows.size(); i++) {
			int row = rows.get(i);
			if (row >= 0) {
				coded.copy(row, 1);
			}
			else if (row == -1) {
				coded.add(null);
			}
			else {
				if (codeOf == null) {
					codeOf = new HashMap<>(old.words.size() * 2);
					for (int w = 0; w < old.words.size(); w++) {
						codeOf.put(old.words.get(w), w);
					}
				}
				Map<String, Integer> known = codeOf;
				coded.addBytes(encode(WordColumn.words(texts.get(-2 - row)), word -> known.computeIfAbsent(word, x -> {
					added.add(x);
					return old.words.size() + added.size() - 1;
				})));
			}
		}
		TextColumn words = old.words;
		if (!added.isEmpty()) {
			TextColumnBuilder more = new TextColumnBuilder(old.words, old.words.size() + added.size(), false);
			more.copy(0, old.words.size());
			added.forEach(more::add);
			words = more.build();
		}
		WordColumn column = new WordColumn(words, coded.build());
		if (!column.sparse()) {
			return column;
		}
		List<String> texts = new ArrayList<>(column.size());
		for (int i = 0; i < column.size(); i++) {
			texts.add(column.get(i));
		}
		return numbered(texts);
	}

	/** The texts with their words numbered by frequency, most frequent first (ties: first seen first). */
	static WordColumn numbered(List<String> texts) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (String text : texts) {
			if (text != null) {
				WordColumn.words(text).forEach(w -> counts.computeIfAbsent(w, x -> new int[1])[0]++);
			}
		}
		List<String> order = new ArrayList<>(counts.keySet());
		order.sort(Comparator.comparingInt((String w) -> -counts.get(w)[0]));
		Map<String, Integer> codeOf = new HashMap<>(order.size() * 2);
		TextColumnBuilder words = new TextColumnBuilder(null, order.size(), false);
		for (String w : order) {
			codeOf.put(w, codeOf.size());
			words.add(w);
		}
		TextColumnBuilder coded = new TextColumnBuilder(null, texts.size(), false);
		for (String text : texts) {
			if (text == null) {
				coded.add(null);
			}
			else {
				coded.addBytes(encode(WordColumn.words(text), codeOf::get));
			}
		}
		return new WordColumn(words.build(), coded.build());
	}

	private static byte[] encode(List<String> words, java.util.function.ToIntFunction<String> code) {
		byte[] bytes = new byte[words.size() * Varints.MAX_BYTES];
		int n = 0;
		for (String w : words) {
			n = Varints.write(bytes, n, code.applyAsInt(w));
		}
		return java.util.Arrays.copyOf(bytes, n);
	}
}
