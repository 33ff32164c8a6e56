package org.concordat.benefit;

import java.util.Comparator;

import org.concordat.agreement.FinancialYear;

/**
 * A benefit's value for one period: a financial year ({@code 2019/20}) or a date at any precision
 * ({@code 2017}, {@code 2017-11}, {@code 2017-11-30}). {@code value} is in the benefit's unit, absent for a
 * qualitative benefit, whose {@code evidence} then says what was found. Every value carries its source and
 * confidence ({@code confirmed}, {@code approximate}, {@code unconfirmed} or {@code derived}).
 */
public record BenefitValue(String period, Double value, String evidence, String source, String confidence,
		String note) {

	/** Periods in time order (a financial year from 1 April), undated first. */
	public static final Comparator<BenefitValue> BY_PERIOD = Comparator.comparing(
			(BenefitValue v) -> v == null ? null : start(v.period()), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(v -> v == null ? null : v.period(), Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * A key that orders periods by their first day: a partial date as written (each form is a prefix of its first
	 * day, so text order is time order), a financial year as its April ({@code 2019/20} as {@code 2019-04}).
	 */
	public static String start(String period) {
		Integer fy = FinancialYear.startYear(period);
		return fy != null ? fy + "-04" : period;
	}
}
