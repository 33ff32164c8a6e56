package org.concordat.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A collaboration's budget for one financial year ({@code year} as {@code 2019/20}, see {@link FinancialYear}),
 * in GBP, with its source and confidence. A budget with no year is a running cost whose year was not recorded:
 * what a document's old top-level {@code annualCost} becomes.
 */
public record Budget(String year, Double amount, String source, String confidence, String note) {

	public static final String FROM_ANNUAL_COST = "recorded as annualCost, the year not stated";

	public static Budget fromAnnualCost(double amount) {
		return new Budget(null, amount, null, null, FROM_ANNUAL_COST);
	}

	/** Budgets in the order of export: the undated one first, then by year. */
	public static final Comparator<Budget> BY_YEAR = Comparator.comparing(b -> b == null ? null : b.year(),
			Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * The running cost: the amount of the latest year's budget, or of the undated one when no year is recorded;
	 * null when there is no budget. (What the analytics read as a collaboration's annual cost.)
	 */
	public static Double runningCost(List<Budget> budgets) {
		return budgets.stream().filter(Objects::nonNull).filter(b -> b.year() != null && b.amount() != null)
			.max(BY_YEAR).map(Budget::amount)
			.orElseGet(() -> budgets.stream().filter(Objects::nonNull).filter(b -> b.year() == null)
				.map(Budget::amount).filter(Objects::nonNull).findFirst().orElse(null));
	}
}
