package org.concordat.benefit;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A benefit's realised values against its planned ones over time: one row per period recorded in either, in
 * time order, with each side's value, source and confidence, the evidence of the realised value, and
 * {@code realisedOfPlanned} (realised ÷ planned) where both are numbers and planned is not 0. Periods are
 * matched as written: a plan by financial year and a result dated to a month are two rows, never merged by
 * guesswork. Nothing is interpolated; a period with no realised value has none.
 */
public record BenefitProgress(String collaboration, String benefit, String title, String kind, String measure,
		String unit, BenefitValue baseline, String status, String owner, List<Row> periods) {

	public static BenefitProgress of(String collaboration, Benefit b) {
		TreeMap<String, BenefitValue[]> byPeriod = new TreeMap<>();
		for (BenefitValue v : b.planned()) {
			if (v != null) {
				slot(byPeriod, v.period())[0] = v;
			}
		}
		for (BenefitValue v : b.realised()) {
			if (v != null) {
				slot(byPeriod, v.period())[1] = v;
			}
		}
		List<Row> rows = byPeriod.values().stream().map(BenefitProgress::row).toList();
		return new BenefitProgress(collaboration, b.id(), b.title(), b.kind(), b.measure(), b.unit(), b.baseline(),
				b.status(), b.owner(), rows);
	}

	private static BenefitValue[] slot(TreeMap<String, BenefitValue[]> byPeriod, String period) {
		// time order first, then the period as written; undated ("") first
		String key = (period == null ? "" : BenefitValue.start(period)) + "\u0000" + Objects.toString(period, "");
		return byPeriod.computeIfAbsent(key, k -> new BenefitValue[2]);
	}

	private static Row row(BenefitValue[] pair) {
		BenefitValue planned = pair[0];
		BenefitValue realised = pair[1];
		Double p = planned == null ? null : planned.value();
		Double r = realised == null ? null : realised.value();
		Double ratio = p != null && r != null && p != 0 ? r / p : null;
		String period = planned != null ? planned.period() : realised.period();
		return new Row(period, p, r, ratio, realised == null ? null : realised.evidence(),
				planned == null ? null : planned.source(), planned == null ? null : planned.confidence(),
				realised == null ? null : realised.source(), realised == null ? null : realised.confidence());
	}

	/** One period: the planned and the realised value as recorded (each null when not recorded). */
	public record Row(String period, Double planned, Double realised, Double realisedOfPlanned, String evidence,
			String plannedSource, String plannedConfidence, String realisedSource, String realisedConfidence) {
	}
}
