package org.concordat.analytics.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Names, titles and notes, and the force ids that people and figures refer to, as sequences of word codes. A
 * word is a run of letters and digits with the one character after it ("Police ", "Oakwood–"), or a single
 * other character, so every text is exactly the concatenation of its words. The distinct words are stored once, in a {@link TextColumn}, the most frequent
 * first so that they take one-byte codes; a row holds its words' codes as varints. The generated national
 * register's 67,541 names and titles, 2.7 MB of UTF-8, take 0.6 MB so; a real register's names share fewer
 * words but still many ("Police ", "Constabulary", "Regional ", "Unit"). The ids of entities stay plain UTF-8:
 * they are looked up and compared without being decoded.
 */
final class WordColumn {

	/** Compaction: an advance appends words, and they are renumbered once this many are no longer used. */
	private static final int SLACK = 64;

	final TextColumn words;

	final TextColumn rows;

	WordColumn(TextColumn words, TextColumn rows) {
		this.words = words;
		this.rows = rows;
	}

	int size() {
		return rows.size();
	}

	String get(int i) {
		if (rows.isNull(i)) {
			return null;
		}
		int[] codes = codes(rows, i);
		int length = 0;
		boolean utf8 = true;
		for (int code : codes) {
			length += words.length(code);
			utf8 &= !words.utf16Row(code);
		}
		if (!utf8) { // a word with a lone surrogate: word by word
			StringBuilder text = new StringBuilder();
			for (int code : codes) {
				text.append(words.get(code));
			}
			return text.toString();
		}
		byte[] text = new byte[length];
		int n = 0;
		for (int code : codes) {
			System.arraycopy(words.pool(), words.start(code), text, n, words.length(code));
			n += words.length(code);
		}
		return new String(text, StandardCharsets.UTF_8);
	}

	/** The word codes of row {@code i} (not null): varints, little-endian base 128. */
	static int[] codes(TextColumn rows, int i) {
		byte[] bytes = rows.pool();
		int end = rows.start(i) + rows.length(i);
		int[] codes = new int[rows.length(i)];
		int n = 0;
		for (int p = rows.start(i); p < end; p += Varints.size(bytes, p)) {
			codes[n++] = Varints.read(bytes, p);
		}
		return java.util.Arrays.copyOf(codes, n);
	}

	/** The words of {@code text}, in order. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int k = 0;
		while (k < text.length()) {
			int start = k;
			while (k < text.length() && Character.isLetterOrDigit(text.codePointAt(k))) {
				k += Character.charCount(text.codePointAt(k));
			}
			if (k < text.length()) {
				k += Character.charCount(text.codePointAt(k));
			}
			words.add(text.substring(start, k));
		}
		return words;
	}

	/** Whether the rows leave enough words unused (an advance leaves some behind) to number them anew. */
	boolean sparse() {
		boolean[] used = new boolean[words.size()];
		byte[] bytes = rows.pool();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.isNull(i)) {
				continue;
			}
			int end = rows.start(i) + rows.length(i);
			for (int p = rows.start(i); p < end; p += Varints.size(bytes, p)) {
				used[Varints.read(bytes, p)] = true;
			}
		}
		int unused = 0;
		for (boolean u : used) {
			unused += u ? 0 : 1;
		}
		return unused > SLACK + used.length / 8;
	}
}
