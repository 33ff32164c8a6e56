package org.concordat.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.concordat.agreement.CostSharing.ForceValue;
import org.concordat.agreement.CostSharing.Weight;

/**
 * Recomputes a collaboration's cost shares among the forces that remain (after a withdrawal, say) from its
 * recorded {@link CostSharing}.
 *
 * <p><b>Formula.</b> With weights {@code a_w} and force values {@code v_{w,f}}, force {@code f} of the remaining
 * set {@code R} pays
 * <pre>  share(f) = Σ_w a_w · v_{w,f} / Σ_{g∈R} v_{w,g}  ÷  Σ_w a_w</pre>
 * i.e. each weight's part of the cost is split in proportion to the forces' values of it (the "pro rata"
 * of the agreements), and the shares of {@code R} sum to 1. A formula of one weight needs no stated weight.
 * If any number this needs is not recorded (a weight of a formula with several, or a remaining force's value),
 * there is <b>no</b> recomputed share: the answer names the formula and lists what is missing, and carries an
 * equal split only as a labelled illustration. Nothing is filled in.
 *
 * <p><b>Equal.</b> An agreement that says equal shares gives 1/|R| each, as a recomputed share.
 */
public final class SharingFormula {

	public static final String ILLUSTRATION = "illustration only: an equal split, which no recorded term supports";

	private final CostSharing sharing;

	public SharingFormula(CostSharing sharing) {
		this.sharing = Objects.requireNonNull(sharing, "sharing");
	}

	/** The shares among {@code remaining}, or what is missing to compute them. */
	public Recomputed among(List<String> remaining) {
		String formula = describe();
		if (remaining.isEmpty()) {
			return new Recomputed(sharing.method(), formula, Map.of(), List.of(), null, null);
		}
		if (CostSharing.EQUAL.equals(sharing.method())) {
			return new Recomputed(sharing.method(), formula, equal(remaining), List.of(), null, null);
		}
		if (!CostSharing.FORMULA.equals(sharing.method())) {
			return new Recomputed(sharing.method(), formula, null,
					List.of(new Missing(null, null, "the cost sharing is '" + sharing.method() + "', not a formula")),
					equal(remaining), ILLUSTRATION);
		}
		List<Missing> missing = new ArrayList<>();
		List<Weight> weights = sharing.weights().stream().filter(Objects::nonNull).toList();
		if (weights.isEmpty()) {
			missing.add(new Missing(null, null, "the formula names no weights"));
		}
		for (Weight w : weights) {
			if (w.weight() == null && weights.size() > 1) {
				missing.add(new Missing(w.name(), null, "the weight of '" + w.name() + "' in the formula"));
			}
			for (String force : remaining) {
				if (value(w, force) == null) {
					missing.add(new Missing(w.name(), force, "'" + force + "''s value of '" + w.name() + "'"));
				}
			}
		}
		if (missing.isEmpty()) {
			for (Weight w : weights) {
				if (remaining.stream().mapToDouble(f -> value(w, f)).sum() <= 0) {
					missing.add(new Missing(w.name(), null, "the remaining forces' values of '" + w.name()
							+ "' sum to 0, so it cannot be split in proportion to them"));
				}
			}
		}
		if (!missing.isEmpty()) {
			return new Recomputed(sharing.method(), formula, null, missing, equal(remaining), ILLUSTRATION);
		}
		double totalWeight = weights.stream().mapToDouble(w -> weights.size() == 1 && w.weight() == null ? 1 : w.weight()).sum();
		Map<String, Double> shares = new LinkedHashMap<>();
		for (String force : remaining) {
			double share = 0;
			for (Weight w : weights) {
				double a = weights.size() == 1 && w.weight() == null ? 1 : w.weight();
				double total = remaining.stream().mapToDouble(f -> value(w, f)).sum();
				share += a * value(w, force) / total;
			}
			shares.put(force, share / totalWeight);
		}
		return new Recomputed(sharing.method(), formula, shares, List.of(), null, null);
	}

	/** The formula in words: its method and its weights with their stated weights. */
	String describe() {
		if (!CostSharing.FORMULA.equals(sharing.method())) {
			return sharing.method();
		}
		return "formula of " + sharing.weights().stream().filter(Objects::nonNull)
			.map(w -> w.name() + (w.weight() == null ? " (weight not recorded)" : " (weight " + w.weight() + ")"))
			.collect(Collectors.joining(", "));
	}

	private static Double value(Weight w, String force) {
		return w.values().stream().filter(v -> v != null && force.equals(v.force()))
			.map(ForceValue::value).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static Map<String, Double> equal(List<String> forces) {
		Map<String, Double> shares = new LinkedHashMap<>();
		forces.forEach(f -> shares.put(f, 1.0 / forces.size()));
		return shares;
	}

	/**
	 * The outcome: {@code shares} by force (null when they cannot be computed), else what is {@code missing}
	 * and, labelled as such, an equal split as an illustration.
	 */
	public record Recomputed(String method, String formula, Map<String, Double> shares, List<Missing> missing,
			Map<String, Double> illustration, String illustrationLabel) {
	}

	/** A number the formula needs that is not recorded: the weight it belongs to, the force (when a value), in words. */
	public record Missing(String weight, String force, String what) {
	}
}
