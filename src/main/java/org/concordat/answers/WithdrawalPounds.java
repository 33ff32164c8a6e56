package org.concordat.answers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.concordat.agreement.Pounds;
import org.concordat.agreement.Budget;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.FinancialYear;
import org.concordat.analytics.withdrawal.CostShares;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.withdrawal.WithdrawalImpact.Affected;

/**
 * The withdrawal answer's £ as of the date asked: each affected collaboration's {@code annualCost} is its budget
 * for the financial year holding {@code at} ({@link BudgetOfTheYear}), null when none is recorded for that year
 * (another year's, or one whose year was not stated, is never used in its place), and each remaining member's
 * {@code extraAnnualCost} = that budget × (after − before), rounded to the penny.
 *
 * <p>The analytics price with the one running cost the snapshot keeps (the latest year's budget), whatever the date
 * asked; the budgets by year are part of the agreement side, read beside the snapshot. Where shares are assumed
 * equal, before and after are 1/n and 1/(n − 1) exactly, as the analytics computed them; recorded shares are
 * read from the answer, rounded to 1e-6, so their extra £ can differ from an exact product by at most
 * budget × 1e-6 (£1 on £1m).
 */
final class WithdrawalPounds {

	private WithdrawalPounds() {
	}

	/**
	 * {@code impact} with its £ from each collaboration's budget of the year ({@code budgetsOf}: by collaboration id).
	 * The financial year is worked out once, and loops rather than streams: this runs on every withdrawal request
	 * for each of the force's collaborations (docs/scaling.md).
	 */
	static WithdrawalImpact.Answer atYearOf(WithdrawalImpact.Answer impact, Function<String, List<Budget>> budgetsOf) {
		String year = impact.at() == null ? null : FinancialYear.of(impact.at());
		List<Affected> collaborations = impact.collaborations();
		List<Affected> priced = new ArrayList<>(collaborations.size());
		for (Affected c : collaborations) {
			priced.add(priced(c, BudgetOfTheYear.of(budgetsOf.apply(c.id()), year)));
		}
		return new WithdrawalImpact.Answer(impact.force(), impact.at(), impact.notMember(),
				Collections.unmodifiableList(priced), impact.functionsLost(), impact.cascade(), impact.network(),
				impact.risk(), impact.precedents(), impact.uncertain(), impact.uncertainCount(), impact.snapshot());
	}

	private static Affected priced(Affected c, Budget budget) {
		Double amount = budget == null ? null : budget.amount();
		int n = c.memberCount();
		List<CostShares.Share> recorded = c.costShare();
		List<CostShares.Share> shares = new ArrayList<>(recorded.size());
		for (CostShares.Share s : recorded) {
			shares.add(new CostShares.Share(s.force(), s.before(), s.after(), extra(amount, s.after() - s.before())));
		}
		CostShares.Share each = c.equalShare() == null ? null : new CostShares.Share(null, c.equalShare().before(),
				c.equalShare().after(), extra(amount, 1.0 / (n - 1) - 1.0 / n));
		return new Affected(c.id(), c.name(), c.memberCount(), c.remainingCount(), c.membersBefore(), c.membersAfter(),
				c.viable(), c.reasons(), c.sharesAssumed(), amount, each, Collections.unmodifiableList(shares));
	}

	private static Double extra(Double amount, double rise) {
		return amount == null ? null : Pounds.toPenny(amount * rise);
	}
}
