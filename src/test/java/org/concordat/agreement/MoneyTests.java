package org.concordat.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyTests {

	private final List<Budget> budgets = List.of(new Budget("2019/20", 1_000_000.0, "https://example.org/a", null, null),
			new Budget("2020/21", 1_200_000.0, null, "approximate", null), Budget.fromAnnualCost(900_000));

	@Test
	void aForcesContributionIsItsShareOfThatYearsBudget() {
		assertThat(Contributions.contribution(0.276, budgets, "2019/20")).isEqualTo(276_000.0);
		assertThat(Contributions.contribution(1.0 / 3, budgets, "2020/21")).isEqualTo(400_000.0);
	}

	@Test
	void noBudgetForTheYearOrNoShareGivesNoContribution() {
		assertThat(Contributions.contribution(0.5, budgets, "2018/19")).isNull(); // not the undated one instead
		assertThat(Contributions.contribution(null, budgets, "2019/20")).isNull();
	}

	@Test
	void theBudgetOfADayIsTheOneOfItsFinancialYearNeverTheLatestOrTheUndatedOne() {
		assertThat(BudgetOfTheYear.at(budgets, LocalDate.of(2020, 3, 31)).amount()).isEqualTo(1_000_000.0);
		assertThat(BudgetOfTheYear.at(budgets, LocalDate.of(2020, 4, 1)).amount()).isEqualTo(1_200_000.0);
		assertThat(BudgetOfTheYear.at(budgets, LocalDate.of(2019, 3, 31))).isNull();
		assertThat(BudgetOfTheYear.at(budgets, LocalDate.of(2021, 4, 1))).isNull();
		assertThat(BudgetOfTheYear.of(List.of(new Budget("2019/20", null, "https://example.org/a", null, null)), "2019/20"))
			.isNull();
	}

	@Test
	void theRunningCostIsTheLatestYearsBudgetElseTheUndatedOne() {
		assertThat(Budget.runningCost(budgets)).isEqualTo(1_200_000.0);
		assertThat(Budget.runningCost(List.of(Budget.fromAnnualCost(900_000)))).isEqualTo(900_000.0);
		assertThat(Budget.runningCost(List.of())).isNull();
	}

	@Test
	void financialYearsRunFromAprilToMarch() {
		assertThat(FinancialYear.startYear("2019/20")).isEqualTo(2019);
		assertThat(FinancialYear.startYear("1999/00")).isEqualTo(1999);
		assertThat(FinancialYear.startYear("2019/21")).isNull();
		assertThat(FinancialYear.startYear("2019-20")).isNull();
		assertThat(FinancialYear.of(LocalDate.of(2020, 3, 31))).isEqualTo("2019/20");
		assertThat(FinancialYear.of(LocalDate.of(2020, 4, 1))).isEqualTo("2020/21");
	}

	@Test
	void anExitCostRuleGivesItsCostOnlyWhenItsNumbersAreRecorded() {
		assertThat(new AgreementTerms.ExitCostRule("fixed-settlement", 10_500_000.0, null, null, null, null, null).cost())
			.isEqualTo(10_500_000.0);
		assertThat(new AgreementTerms.ExitCostRule("share-of-liabilities", null, 0.25, 4_000_000.0, null, null, null).cost())
			.isEqualTo(1_000_000.0);
		assertThat(new AgreementTerms.ExitCostRule("share-of-liabilities", null, 0.25, null, null, null, null).cost()).isNull();
	}
}
