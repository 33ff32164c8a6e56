package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each repeated text in a snapshot. A national register read from Neo4j or JSON carries a new
 * string for every occurrence of a kind, a scope, a status, a region, a source or a force id named in a
 * figure or a role: hundreds of thousands of copies of a few thousand texts. The footprint benchmark measured
 * them as the largest part of the snapshot.
 */
final class Texts {

	private static final ThreadLocal<Map<String, String>> SEEN = ThreadLocal.withInitial(HashMap::new);

	private static final ThreadLocal<Map<String, int[]>> SEEN_INTS = ThreadLocal.withInitial(HashMap::new);

	private Texts() {
	}

	static String one(String text) {
		return text == null ? null : SEEN.get().computeIfAbsent(text, t -> t);
	}

	/** One copy of each small index list (a collaboration's functions: a few thousand combinations in all). */
	static int[] one(int[] values) {
		return SEEN_INTS.get().computeIfAbsent(java.util.Arrays.toString(values), k -> values);
	}

	/** Forgets the texts of the last build, so a snapshot never keeps another's strings alive through here. */
	static void reset() {
		SEEN.get().clear();
		SEEN_INTS.get().clear();
	}
}
