package org.concordat.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.Sourced;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitValue;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.junit.jupiter.api.Test;

/** Each health criterion on hand-built collaborations: the colour at its edges, its evidence, what makes it green. */
class HealthCriteriaTests {

	private static final LocalDate AT = LocalDate.of(2020, 6, 30);

	private static final HealthCriteria.Context TWO = new HealthCriteria.Context(AT, List.of("a", "b"), true, true,
			List.of(List.of("dogs")));

	private static Collaboration collab(String purpose, List<String> functions, AgreementTerms terms,
			CostSharing sharing, List<Budget> budgets, List<Benefit> benefits, List<Membership> members) {
		return new Collaboration("x", "X Unit", "shared service", "regional", purpose, "active", "2015", null, null,
				functions, List.of(), List.of(), List.of(), members, List.of(), Map.of(), terms, sharing, budgets, benefits);
	}

	private static Collaboration bare() {
		return collab(null, List.of(), null, null, List.of(), List.of(), List.of());
	}

	private static Benefit benefit(List<BenefitValue> planned, List<BenefitValue> realised) {
		return new Benefit("b", "Saving", "cashable", "saving", "GBP", null, planned, realised, null, List.of(), null, null);
	}

	private static BenefitValue value(String period) {
		return new BenefitValue(period, 1.0, null, "https://example.org", null, null);
	}

	private static AgreementTerms terms(Integer notice, String exitTerms, String reviewDue) {
		return new AgreementTerms(null, null, reviewDue == null ? null : Sourced.of(reviewDue),
				notice == null ? null : Sourced.of(notice), null, exitTerms == null ? null : Sourced.of(exitTerms), null,
				null, null, null, null);
	}

	@Test
	void purposeIsGreenWithAPurposeAndFunctionsAmberWithOneRedWithNeither() {
		assertThat(HealthCriteria.purpose(collab("Dogs", List.of("dogs"), null, null, List.of(), List.of(), List.of())).colour())
			.isEqualTo("green");
		HealthCriteria.Criterion one = HealthCriteria.purpose(collab("Dogs", List.of(), null, null, List.of(), List.of(), List.of()));
		assertThat(one.colour()).isEqualTo("amber");
		assertThat(one.toGreen()).isEqualTo("record the functions it covers");
		assertThat(HealthCriteria.purpose(bare()).colour()).isEqualTo("red");
	}

	@Test
	void plannedBenefitsNeedPlannedValues() {
		assertThat(HealthCriteria.benefitsPlanned(bare(), TWO).colour()).isEqualTo("red");
		assertThat(HealthCriteria.benefitsPlanned(collab(null, List.of(), null, null, List.of(),
				List.of(benefit(List.of(), List.of())), List.of()), TWO).colour()).isEqualTo("amber");
		assertThat(HealthCriteria.benefitsPlanned(collab(null, List.of(), null, null, List.of(),
				List.of(benefit(List.of(value("2025/26")), List.of())), List.of()), TWO).colour()).isEqualTo("green");
	}

	@Test
	void realisedBenefitsCountOnlyForPeriodsPastAndAreFreshForTwelveMonths() {
		// 2019/20 ended 31 March 2020: within the 12 months before 30 June 2020
		assertThat(HealthCriteria.benefitsRealised(collab(null, List.of(), null, null, List.of(),
				List.of(benefit(List.of(), List.of(value("2019/20")))), List.of()), TWO).colour()).isEqualTo("green");
		// 2019-05 ended 31 May 2019: more than 12 months before
		assertThat(HealthCriteria.benefitsRealised(collab(null, List.of(), null, null, List.of(),
				List.of(benefit(List.of(), List.of(value("2019-05")))), List.of()), TWO).colour()).isEqualTo("amber");
		// 2020 is still running at 30 June 2020: not known yet
		assertThat(HealthCriteria.benefitsRealised(collab(null, List.of(), null, null, List.of(),
				List.of(benefit(List.of(), List.of(value("2020")))), List.of()), TWO).colour()).isEqualTo("red");
	}

	@Test
	void costSharingIsGreenOnlyWhenTheSharesCanBeWorkedOut() {
		assertThat(HealthCriteria.costSharing(bare(), TWO).colour()).isEqualTo("red");
		CostSharing lacking = new CostSharing("formula", List.of(new CostSharing.Weight("population", null, null, null, null,
				List.of(new CostSharing.ForceValue("a", 2.0, null, null, null)))), null, null, null);
		assertThat(HealthCriteria.costSharing(collab(null, List.of(), null, lacking, List.of(), List.of(), List.of()), TWO)
			.evidence()).isEqualTo("a cost-sharing formula is recorded but 1 of the numbers it needs are not");
		List<Membership> shares = List.of(new Membership("a", null, null, "host", 0.6, null, null),
				new Membership("b", null, null, "member", 0.4, null, null));
		assertThat(HealthCriteria.costSharing(collab(null, List.of(), null, null, List.of(), List.of(), shares), TWO)
			.colour()).isEqualTo("green");
	}

	@Test
	void aBudgetMustBeForTheFinancialYearAsked() {
		assertThat(HealthCriteria.budget(bare(), TWO).colour()).isEqualTo("red");
		assertThat(HealthCriteria.budget(collab(null, List.of(), null, null,
				List.of(new Budget("2019/20", 1.0, null, null, null)), List.of(), List.of()), TWO).colour()).isEqualTo("amber");
		assertThat(HealthCriteria.budget(collab(null, List.of(), null, null,
				List.of(new Budget("2020/21", 1.0, null, null, null)), List.of(), List.of()), TWO).colour()).isEqualTo("green");
	}

	@Test
	void leadAndHostBothMakeGreen() {
		assertThat(HealthCriteria.leadAndHost(TWO).colour()).isEqualTo("green");
		assertThat(HealthCriteria.leadAndHost(new HealthCriteria.Context(AT, List.of(), true, false, List.of())).toGreen())
			.isEqualTo("record who leads it");
		assertThat(HealthCriteria.leadAndHost(new HealthCriteria.Context(AT, List.of(), false, false, List.of())).colour())
			.isEqualTo("red");
	}

	@Test
	void aReviewDatePassedIsRedAndOneNotRecordedAmber() {
		assertThat(HealthCriteria.review(bare(), TWO).colour()).isEqualTo("amber");
		assertThat(HealthCriteria.review(collab(null, List.of(), terms(null, null, "2020-05"), null, List.of(), List.of(),
				List.of()), TWO).colour()).isEqualTo("red");
		// due in 2020: not passed until the year is out
		assertThat(HealthCriteria.review(collab(null, List.of(), terms(null, null, "2020"), null, List.of(), List.of(),
				List.of()), TWO).colour()).isEqualTo("green");
	}

	@Test
	void contactsMustCoverEachFunction() {
		Collaboration two = collab(null, List.of("dogs", "firearms"), null, null, List.of(), List.of(), List.of());
		HealthCriteria.Criterion c = HealthCriteria.contacts(two, TWO);
		assertThat(c.colour()).isEqualTo("amber");
		assertThat(c.evidence()).isEqualTo("1 current contact role(s); none for firearms");
		assertThat(HealthCriteria.contacts(two, new HealthCriteria.Context(AT, List.of(), true, true, List.of(List.of())))
			.colour()).isEqualTo("green");
		assertThat(HealthCriteria.contacts(two, new HealthCriteria.Context(AT, List.of(), true, true, List.of())).colour())
			.isEqualTo("red");
	}

	@Test
	void readinessToWithdrawNeedsANoticePeriodAndExitTerms() {
		assertThat(HealthCriteria.exitReadiness(bare()).colour()).isEqualTo("red");
		assertThat(HealthCriteria.exitReadiness(collab(null, List.of(), terms(12, null, null), null, List.of(), List.of(),
				List.of())).colour()).isEqualTo("amber");
		assertThat(HealthCriteria.exitReadiness(collab(null, List.of(), terms(12, "reasonable costs", null), null,
				List.of(), List.of(), List.of())).colour()).isEqualTo("green");
	}
}
