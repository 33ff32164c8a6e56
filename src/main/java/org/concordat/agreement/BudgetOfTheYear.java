package org.concordat.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * Which recorded budget pays for a given day or financial year: the one recorded for that financial year
 * ({@link FinancialYear}, 1 April to 31 March), never another year's and never one whose year was not stated.
 * Every answer that puts a share into £ at a date chooses its budget here (the withdrawal, the business case, net
 * contribution, health), so a budget of 2019/20 never prices 2025, and the latest budget is not read as "the"
 * running cost whatever the date asked.
 */
public final class BudgetOfTheYear {

	private BudgetOfTheYear() {
	}

	/** The budget with an amount recorded for financial year {@code year} (as {@code 2019/20}), or null. */
	public static Budget of(List<Budget> budgets, String year) {
		if (budgets == null || year == null) {
			return null;
		}
		for (Budget b : budgets) {
			if (b != null && year.equals(b.year()) && b.amount() != null) {
				return b;
			}
		}
		return null;
	}

	/** The budget with an amount recorded for the financial year that holds {@code day}, or null. */
	public static Budget at(List<Budget> budgets, LocalDate day) {
		return day == null ? null : of(budgets, FinancialYear.of(day));
	}
}
