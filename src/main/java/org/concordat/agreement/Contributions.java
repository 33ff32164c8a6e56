package org.concordat.agreement;

import java.util.List;

/** What a force pays into a collaboration in a financial year: its share of that year's budget. */
public final class Contributions {

	private Contributions() {
	}

	/**
	 * share × the budget recorded for {@code year}, in GBP, rounded to the penny; null when the share or that
	 * year's budget is not known (a budget of another year, or an undated one, is never used in its place).
	 */
	public static Double contribution(Double share, List<Budget> budgets, String year) {
		if (share == null || year == null) {
			return null;
		}
		Budget budget = BudgetOfTheYear.of(budgets, year);
		return budget == null ? null : Pounds.toPenny(share * budget.amount());
	}
}
