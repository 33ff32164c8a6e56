package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How exposed each other force is to force F's withdrawal, as a score in (0, 1].
 *
 * <p>Each way the withdrawal touches force g is an exposure e in (0, 1]:
 * <ul>
 * <li>a collaboration of g becomes non-viable and g loses functions nothing else of its covers: e = 1;</li>
 * <li>a collaboration of g becomes non-viable but g covers its functions elsewhere: e = 0.5;</li>
 * <li>g stays in a viable collaboration whose cost share rises by a fraction r = (after − before) / before:
 * e = 0.5 · min(1, r);</li>
 * <li>g is in a collaboration put at risk by the cascade: e = 0.25.</li>
 * </ul>
 * The exposures combine as independent chances of harm: score(g) = 1 − Π (1 − e). Forces with score 0 are
 * left out; the rest are listed highest first (ties by id) with the drivers that make up their score.
 */
public final class DependencyRisk {

	public record Risk(String force, double score, List<String> drivers) {
	}

	private final Map<String, Double> keep = new HashMap<>();

	/** Drivers as they come; written out as text only for the forces listed (a withdrawal touches hundreds). */
	private final Map<String, List<java.util.function.Supplier<String>>> drivers = new HashMap<>();

	public void lostCollaboration(String force, String collaboration, List<String> functionsLost) {
		if (functionsLost.isEmpty()) {
			add(force, 0.5, () -> "loses " + collaboration + "; its functions are covered by its other collaborations");
		}
		else {
			add(force, 1.0, () -> "loses " + collaboration + " and with it " + String.join(", ", functionsLost));
		}
	}

	public void shareRises(String force, String collaboration, double before, double after) {
		if (after > before && before > 0) {
			double rise = (after - before) / before;
			add(force, 0.5 * Math.min(1, rise), () -> "cost share in " + collaboration + " rises from "
					+ percent(before) + " to " + percent(after));
		}
	}

	public void atRisk(String force, String collaboration) {
		add(force, 0.25, () -> "is in " + collaboration + ", put at risk by the cascade");
	}

	public List<Risk> ranked(int limit) {
		List<Map.Entry<String, Double>> scored = new ArrayList<>();
		keep.forEach((force, untouched) -> {
			double score = Ids.round(1 - untouched);
			if (score > 0) {
				scored.add(Map.entry(force, score));
			}
		});
		scored.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue()).reversed()
			.thenComparing(Map.Entry::getKey));
		return scored.subList(0, Math.min(limit, scored.size())).stream()
			.map(e -> new Risk(e.getKey(), e.getValue(),
					drivers.get(e.getKey()).stream().map(java.util.function.Supplier::get).toList()))
			.toList();
	}

	private void add(String force, double exposure, java.util.function.Supplier<String> driver) {
		keep.merge(force, 1 - exposure, (a, b) -> a * b);
		drivers.computeIfAbsent(force, k -> new ArrayList<>()).add(driver);
	}

	private static String percent(double share) {
		return Math.round(share * 1000) / 10.0 + "%";
	}
}
