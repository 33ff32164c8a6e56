package org.concordat.agreement;

import java.util.Comparator;
import java.util.List;

/**
 * How a collaboration shares its costs: {@code recorded} (each membership's {@code costShare}, as before),
 * {@code formula} (named {@link Weight weights}, each with every force's value and its source; see
 * {@link SharingFormula}) or {@code equal} (the agreement says equal shares). A collaboration with no cost
 * sharing recorded has none: an answer that splits its costs equally assumes so, and says it.
 */
public record CostSharing(String method, List<Weight> weights, String source, String confidence, String note) {

	public static final String RECORDED = "recorded";

	public static final String FORMULA = "formula";

	public static final String EQUAL = "equal";

	public CostSharing {
		weights = weights == null ? List.of() : weights;
	}

	public CostSharing sorted() {
		return new CostSharing(method,
				weights.stream().map(w -> w == null ? null : w.sorted())
					.sorted(Comparator.comparing(w -> w == null ? null : w.name(),
							Comparator.nullsFirst(Comparator.naturalOrder())))
					.toList(),
				source, confidence, note);
	}

	/**
	 * One named term of a formula (net revenue budget, population, officers, motorway length, incidents): its
	 * {@code weight} in the formula (absent when the source does not give it), the unit its values are in, and
	 * each force's value.
	 */
	public record Weight(String name, Double weight, String unit, String source, String note, List<ForceValue> values) {

		public Weight {
			values = values == null ? List.of() : values;
		}

		Weight sorted() {
			return new Weight(name, weight, unit, source, note, values.stream()
				.sorted(Comparator.comparing(v -> v == null ? null : v.force(),
						Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList());
		}
	}

	/** A force's value of one weight ({@code value} absent when not known), as of {@code date}, with its source. */
	public record ForceValue(String force, Double value, String date, String source, String confidence) {
	}
}
