package org.concordat.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Communities of the co-membership graph at D by label propagation (U. N. Raghavan, R. Albert, S. Kumara,
 * "Near linear time algorithm to detect community structures in large-scale networks", Phys. Rev. E 76,
 * 2007), made deterministic: forces are visited in id order, each takes the label carried by the greatest
 * weight among its partners, keeping its own label on a tie when it is among the best, else the label of the
 * smallest force id. Stops when no label changes, or after 100 rounds.
 *
 * <p>Two forces are weighted by what they share, each collaboration c giving 1 / (|c| − 1) to every pair of
 * its members (M. E. J. Newman, "Scientific collaboration networks. II", Phys. Rev. E 64, 2001): a bilateral
 * alliance binds its two forces more tightly than a regional unit binds any two of its six.
 */
public final class LabelPropagation {

	private static final int MAX_ROUNDS = 100;

	/** Weights are sums of fractions: those this close count as equal. */
	private static final double TIE = 1e-9;

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
		Map<Integer, Double> weight = new HashMap<>();
		for (int c : asOf.networkCollabsOf(u)) {
			int[] members = asOf.members(c);
			for (int v : members) {
				if (v != u) {
					weight.merge(label[v], 1.0 / (members.length - 1), Double::sum);
				}
			}
		}
		if (weight.isEmpty()) {
			return label[u];
		}
		double max = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		if (weight.getOrDefault(label[u], 0.0) >= max - TIE) {
			return label[u];
		}
		String smallest = null;
		int best = label[u];
		for (var entry : weight.entrySet()) {
			String id = asOf.snapshot().forceId(entry.getKey());
			if (entry.getValue() >= max - TIE && (smallest == null || id.compareTo(smallest) < 0)) {
				smallest = id;
				best = entry.getKey();
			}
		}
		return best;
	}
}
