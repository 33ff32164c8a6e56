package org.concordat.benefit;

import java.util.Comparator;
import java.util.List;

/**
 * A benefit a collaboration plans or has realised, kept after the Green Book's benefits management: what it
 * is ({@code kind} {@code cashable}, {@code non-cashable} or {@code qualitative}), what measures it and in which
 * unit (any unit: GBP, officers, flying hours, % of population), its baseline, its planned and realised values
 * by period (realised ones with their evidence and source), its owner (a role, never a person's name), the
 * forces it is attributed to with their shares (none when the source does not split it), and its status.
 */
public record Benefit(String id, String title, String kind, String measure, String unit, BenefitValue baseline,
		List<BenefitValue> planned, List<BenefitValue> realised, String owner, List<Attribution> attributedTo,
		String status, String note) {

	public static final List<String> KINDS = List.of("cashable", "non-cashable", "qualitative");

	public static final List<String> STATUSES = List.of("identified", "planned", "in-progress", "realised",
			"not-realised", "closed");

	public Benefit {
		planned = planned == null ? List.of() : planned;
		realised = realised == null ? List.of() : realised;
		attributedTo = attributedTo == null ? List.of() : attributedTo;
	}

	public Benefit sorted() {
		return new Benefit(id, title, kind, measure, unit, baseline, planned.stream().sorted(BenefitValue.BY_PERIOD).toList(),
				realised.stream().sorted(BenefitValue.BY_PERIOD).toList(), owner,
				attributedTo.stream().sorted(Comparator.comparing(a -> a == null ? null : a.force(),
						Comparator.nullsFirst(Comparator.naturalOrder()))).toList(),
				status, note);
	}

	public Benefit withId(String newId) {
		return new Benefit(newId, title, kind, measure, unit, baseline, planned, realised, owner, attributedTo, status,
				note);
	}

	/** A force the benefit is attributed to, with its share of it (0..1; absent when not stated). */
	public record Attribution(String force, Double share) {
	}
}
