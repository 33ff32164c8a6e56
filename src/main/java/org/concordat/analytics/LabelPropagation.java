package org.concordat.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Communities of the co-membership graph at D by label propagation (U. N. Raghavan, R. Albert, S. Kumara,
 * "Near linear time algorithm to detect community structures in large-scale networks", Phys. Rev. E 76,
 * 2007), made deterministic: forces are visited in id order, each takes the label carried by the greatest
 * weight among its partners (weight = number of network collaborations shared), keeping its own label on a
 * tie when it is among the best, else the label of the smallest force id. Stops when no label changes, or
 * after 100 rounds.
 */
public final class LabelPropagation {

	private static final int MAX_ROUNDS = 100;

	private final AsOf asOf;

	public LabelPropagation(AsOf asOf) {
		this.asOf = asOf;
	}

	/** @param forces present forces in id order; answers each force's label (a force index) */
	public int[] labels(int[] forces) {
		int[] label = new int[asOf.snapshot().forceCount()];
		Arrays.setAll(label, i -> i);
		for (int round = 0; round < MAX_ROUNDS; round++) {
			boolean changed = false;
			for (int u : forces) {
				int next = bestLabel(u, label);
				if (next != label[u]) {
					label[u] = next;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		return label;
	}

	private int bestLabel(int u, int[] label) {
		Map<Integer, Integer> weight = new HashMap<>();
		for (int c : asOf.networkCollabsOf(u)) {
			for (int v : asOf.members(c)) {
				if (v != u) {
					weight.merge(label[v], 1, Integer::sum);
				}
			}
		}
		if (weight.isEmpty()) {
			return label[u];
		}
		int max = weight.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (weight.getOrDefault(label[u], 0) == max) {
			return label[u];
		}
		String smallest = null;
		int best = label[u];
		for (var entry : weight.entrySet()) {
			String id = asOf.snapshot().forceId(entry.getKey());
			if (entry.getValue() == max && (smallest == null || id.compareTo(smallest) < 0)) {
				smallest = id;
				best = entry.getKey();
			}
		}
		return best;
	}
}
