package org.concordat.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.SharingFormula;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitValue;
import org.concordat.collaboration.Collaboration;
import org.concordat.entity.PartialDate;

/**
 * Each criterion of a collaboration's health, after the four themes of HMICFRS's "The Hard Yards" (2020)
 * — purpose; benefits and costs; leadership and governance; skills — plus readiness to withdraw. Each is a pure
 * function of the collaboration as the register records it and of {@link Context}, what held at the date asked
 * (its active members, whether its host and a lead are in place, its current contacts); each answers green,
 * amber or red with its evidence and what would make it green.
 */
public final class HealthCriteria {

	public static final String GREEN = "green";

	public static final String AMBER = "amber";

	public static final String RED = "red";

	/** One criterion's verdict. */
	public record Criterion(String theme, String criterion, String colour, String evidence, String toGreen) {
	}

	/**
	 * What held at date {@code at}: the active members (ids), whether one of them is its host, whether a lead
	 * role is current, and the current contact roles' topics (one entry per contact; empty topics for a
	 * general contact).
	 */
	public record Context(LocalDate at, List<String> members, boolean hostActive, boolean leadActive,
			List<List<String>> contactTopics) {
	}

	private HealthCriteria() {
	}

	public static List<Criterion> all(Collaboration c, Context x) {
		return List.of(purpose(c), benefitsPlanned(c, x), benefitsRealised(c, x), costSharing(c, x), budget(c, x),
				leadAndHost(x), review(c, x), contacts(c, x), exitReadiness(c));
	}

	static Criterion purpose(Collaboration c) {
		boolean purpose = c.purpose() != null && !c.purpose().isBlank();
		boolean functions = !c.functions().isEmpty();
		String colour = purpose && functions ? GREEN : purpose || functions ? AMBER : RED;
		return new Criterion("purpose", "purpose and functions stated", colour,
				(purpose ? "a purpose is recorded" : "no purpose is recorded") + "; "
						+ (functions ? c.functions().size() + " function(s): " + String.join(", ", c.functions())
								: "no function is recorded"),
				colour.equals(GREEN) ? null : "record " + (purpose ? "" : "its purpose") + (purpose || functions ? "" : " and ")
						+ (functions ? "" : "the functions it covers"));
	}

	static Criterion benefitsPlanned(Collaboration c, Context x) {
		long planned = c.benefits().stream().filter(Objects::nonNull)
			.filter(b -> b.planned().stream().anyMatch(Objects::nonNull)).count();
		String colour = planned > 0 ? GREEN : c.benefits().isEmpty() ? RED : AMBER;
		return new Criterion("benefits-costs", "planned benefits recorded", colour,
				c.benefits().size() + " benefit(s) recorded, " + planned + " with planned values",
				colour.equals(GREEN) ? null : "record the benefits it should deliver with planned values by period");
	}

	static Criterion benefitsRealised(Collaboration c, Context x) {
		LocalDate since = x.at().minusMonths(12);
		LocalDate latest = null;
		for (Benefit b : c.benefits()) {
			for (BenefitValue v : b == null ? List.<BenefitValue>of() : b.realised()) {
				LocalDate day = v == null ? null : day(v.period());
				if (day != null && day.isBefore(x.at()) && (latest == null || day.isAfter(latest))) {
					latest = day;
				}
			}
		}
		String colour = latest == null ? RED : latest.isBefore(since) ? AMBER : GREEN;
		return new Criterion("benefits-costs", "realised benefits updated in the last 12 months", colour,
				latest == null ? "no realised value is recorded by then" : "the latest realised value is for a period ending " + latest,
				colour.equals(GREEN) ? null : "record realised values, with evidence, for a period since " + since);
	}

	static Criterion costSharing(Collaboration c, Context x) {
		CostSharing sharing = c.costSharing();
		boolean everyShare = !x.members().isEmpty() && x.members().stream().allMatch(f -> c.members().stream()
			.anyMatch(m -> f.equals(m.force()) && m.costShare() != null));
		String colour;
		String evidence;
		if (sharing != null && CostSharing.FORMULA.equals(sharing.method())) {
			var recomputed = new SharingFormula(sharing).among(x.members());
			colour = recomputed.shares() != null ? GREEN : AMBER;
			evidence = "a cost-sharing formula is recorded" + (recomputed.shares() != null ? " with every number it needs"
					: " but " + recomputed.missing().size() + " of the numbers it needs are not");
		}
		else if (sharing != null && CostSharing.EQUAL.equals(sharing.method()) || everyShare) {
			colour = GREEN;
			evidence = everyShare ? "every active member's cost share is recorded" : "the agreement shares costs equally";
		}
		else {
			colour = sharing != null ? AMBER : RED;
			evidence = sharing != null ? "cost sharing is '" + sharing.method() + "' but not every active member's share is recorded"
					: "no cost sharing or share is recorded";
		}
		return new Criterion("benefits-costs", "cost shares or a formula recorded", colour, evidence,
				colour.equals(GREEN) ? null : "record each member's share, or the formula's weights and each force's values");
	}

	static Criterion budget(Collaboration c, Context x) {
		String year = FinancialYear.of(x.at());
		boolean thisYear = BudgetOfTheYear.of(c.budgets(), year) != null;
		boolean any = c.budgets().stream().anyMatch(b -> b != null && b.amount() != null);
		String colour = thisYear ? GREEN : any ? AMBER : RED;
		return new Criterion("benefits-costs", "a budget for the current financial year", colour,
				thisYear ? "a " + year + " budget is recorded" : any ? "budgets are recorded, none for " + year
						: "no budget is recorded",
				colour.equals(GREEN) ? null : "record the " + year + " budget with its source");
	}

	static Criterion leadAndHost(Context x) {
		String colour = x.hostActive() && x.leadActive() ? GREEN : x.hostActive() || x.leadActive() ? AMBER : RED;
		return new Criterion("leadership-governance", "a current lead and host", colour,
				(x.hostActive() ? "a host is an active member" : "no active member is recorded as host") + "; "
						+ (x.leadActive() ? "a lead role is current" : "no lead role is current"),
				colour.equals(GREEN) ? null : "record " + (x.hostActive() ? "" : "its host force")
						+ (x.hostActive() || x.leadActive() ? "" : " and ") + (x.leadActive() ? "" : "who leads it"));
	}

	static Criterion review(Collaboration c, Context x) {
		AgreementTerms t = c.terms();
		String due = t == null || t.reviewDue() == null ? null : t.reviewDue().value();
		LocalDate last = due == null ? null : PartialDate.lastDay(due);
		String colour = last == null ? AMBER : last.isBefore(x.at()) ? RED : GREEN;
		return new Criterion("leadership-governance", "review date not passed", colour,
				due == null ? "no review date is recorded" : "review due " + due,
				colour.equals(GREEN) ? null : due == null ? "record when the agreement is to be reviewed"
						: "review the agreement and record the next review date");
	}

	static Criterion contacts(Collaboration c, Context x) {
		List<String> uncovered = new ArrayList<>();
		boolean general = x.contactTopics().stream().anyMatch(List::isEmpty);
		for (String f : c.functions()) {
			if (!general && x.contactTopics().stream().noneMatch(t -> t.contains(f))) {
				uncovered.add(f);
			}
		}
		String colour = x.contactTopics().isEmpty() ? RED : uncovered.isEmpty() ? GREEN : AMBER;
		return new Criterion("skills", "contacts for its functions", colour,
				x.contactTopics().size() + " current contact role(s)"
						+ (uncovered.isEmpty() ? "" : "; none for " + String.join(", ", uncovered)),
				colour.equals(GREEN) ? null : "record a contact role for " + (x.contactTopics().isEmpty() ? "the collaboration"
						: String.join(", ", uncovered)));
	}

	static Criterion exitReadiness(Collaboration c) {
		AgreementTerms t = c.terms();
		boolean notice = t != null && t.noticeMonths() != null && t.noticeMonths().value() != null;
		boolean exit = t != null && (t.exitCost() != null || t.exitTerms() != null && t.exitTerms().value() != null);
		String colour = notice && exit ? GREEN : notice || exit ? AMBER : RED;
		return new Criterion("readiness-to-withdraw", "notice period and exit terms recorded", colour,
				(notice ? "notice period " + t.noticeMonths().value() + " months" : "no notice period is recorded") + "; "
						+ (exit ? "exit terms are recorded" : "no exit terms are recorded"),
				colour.equals(GREEN) ? null : "record " + (notice ? "" : "the notice period") + (notice || exit ? "" : " and ")
						+ (exit ? "" : "the exit terms (and an exit cost rule where there is one)"));
	}

	/** The worst colour of the criteria. */
	public static String overall(List<Criterion> criteria) {
		Set<String> colours = criteria.stream().map(Criterion::colour).collect(java.util.stream.Collectors.toSet());
		return colours.contains(RED) ? RED : colours.contains(AMBER) ? AMBER : GREEN;
	}

	/**
	 * The last day of a period (a financial year's 31 March, a partial date's last day), null when undated: a
	 * realised value counts only once its whole period is past, so nothing reported for a period still running
	 * at D is known at D.
	 */
	private static LocalDate day(String period) {
		if (period == null) {
			return null;
		}
		LocalDate fy = FinancialYear.firstDay(period);
		return fy != null ? fy.plusYears(1).minusDays(1) : PartialDate.lastDay(period);
	}
}
