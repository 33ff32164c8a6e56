package org.concordat.collaboration;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.AgreementTerms.ExitCostRule;
import org.concordat.agreement.AgreementTerms.ExitDate;
import org.concordat.agreement.AgreementTerms.NoticeServed;
import org.concordat.agreement.Budget;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.CostSharing.ForceValue;
import org.concordat.agreement.CostSharing.Weight;
import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.Sourced;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitValue;
import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.entity.PartialDate;

/** The rules of a collaboration's agreement terms, cost sharing, budgets and benefits. */
final class AgreementRules {

	/** The register's confidences, and {@code derived}: worked out by the register, stated by no source. */
	static final Set<String> CONFIDENCE = Set.of("confirmed", "approximate", "unconfirmed", "derived");

	static final Set<String> EXIT_DATE_KINDS = Set.of("earliest-exit", "break");

	static final Set<String> EXIT_COST_KINDS = Set.of(ExitCostRule.FIXED, ExitCostRule.SHARE_OF_LIABILITIES);

	static final Set<String> SHARING_METHODS = Set.of(CostSharing.RECORDED, CostSharing.FORMULA, CostSharing.EQUAL);

	private AgreementRules() {
	}

	static void check(Collaboration c, String at, KnownIds known, Checks checks) {
		Set<String> members = c.members().stream().filter(Objects::nonNull).map(Membership::force)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		oldFields(c, at, checks);
		if (c.terms() != null) {
			terms(c.terms(), at + "terms.", members, checks);
		}
		if (c.costSharing() != null) {
			costSharing(c.costSharing(), at + "costSharing.", members, checks);
		}
		budgets(c.budgets(), at + "budgets", checks);
		benefits(c.benefits(), at + "benefits", known, checks);
	}

	/** A document may still give the old top-level fields; given beside their new place, the two must agree. */
	private static void oldFields(Collaboration c, String at, Checks checks) {
		String basis = c.terms() == null ? null : Sourced.value(c.terms().legalBasis());
		if (c.legalBasis() != null && !c.legalBasis().equals(basis)) {
			checks.add(at + "legalBasis", "differs from terms.legalBasis ('" + basis
					+ "'): give the legal basis once, in terms.legalBasis");
		}
		checks.between(at + "annualCost", c.annualCost(), 0, Double.MAX_VALUE);
		if (c.annualCost() != null && !c.annualCost().equals(Budget.runningCost(c.budgets()))) {
			checks.add(at + "annualCost", "differs from the latest of budgets: a document with budgets gives the cost there");
		}
	}

	private static void terms(AgreementTerms t, String at, Set<String> members, Checks checks) {
		if (sourced(at + "legalBasis", t.legalBasis(), checks)) {
			checks.oneOf(at + "legalBasis.value", t.legalBasis().value(), CollaborationRules.LEGAL_BASES, true);
		}
		if (sourced(at + "signed", t.signed(), checks)) {
			requiredDate(at + "signed.value", t.signed().value(), checks);
		}
		if (sourced(at + "reviewDue", t.reviewDue(), checks)) {
			requiredDate(at + "reviewDue.value", t.reviewDue().value(), checks);
		}
		if (sourced(at + "noticeMonths", t.noticeMonths(), checks)) {
			Integer months = t.noticeMonths().value();
			if (months == null) {
				checks.add(at + "noticeMonths.value", "must be given, in whole months");
			}
			else if (months < 0 || months > 600) {
				checks.add(at + "noticeMonths.value", "must be between 0 and 600 months, was " + months);
			}
		}
		for (int i = 0; i < t.exitDates().size(); i++) {
			ExitDate d = t.exitDates().get(i);
			String field = at + "exitDates[" + i + "]";
			if (d == null) {
				checks.add(field, "must not be null");
				continue;
			}
			requiredDate(field + ".date", d.date(), checks);
			checks.oneOf(field + ".kind", d.kind(), EXIT_DATE_KINDS, true);
			provenance(field, d.source(), d.confidence(), checks);
		}
		if (sourced(at + "exitTerms", t.exitTerms(), checks)) {
			if (t.exitTerms().value() == null || t.exitTerms().value().isBlank()) {
				checks.add(at + "exitTerms.value", "must not be empty");
			}
		}
		if (t.exitCost() != null) {
			exitCost(t.exitCost(), at + "exitCost", checks);
		}
		if (sourced(at + "strandedCosts", t.strandedCosts(), checks)) {
			Sourced<Double> stranded = t.strandedCosts();
			checks.between(at + "strandedCosts.value", stranded.value(), 0, Double.MAX_VALUE);
			if (stranded.value() == null && stranded.source() == null && stranded.note() == null) {
				checks.add(at + "strandedCosts", "records nothing: give the amount in GBP, or the source (or a note) "
						+ "stating stranded costs whose amount is unknown");
			}
		}
		staffing(t, at, members, checks);
		for (int i = 0; i < t.noticesServed().size(); i++) {
			NoticeServed n = t.noticesServed().get(i);
			String field = at + "noticesServed[" + i + "]";
			if (n == null) {
				checks.add(field, "must not be null");
				continue;
			}
			member(field + ".force", n.force(), members, checks);
			requiredDate(field + ".date", n.date(), checks);
			provenance(field, n.source(), n.confidence(), checks);
		}
	}

	private static void staffing(AgreementTerms t, String at, Set<String> members, Checks checks) {
		if (sourced(at + "governance", t.governance(), checks)) {
			checks.text(at + "governance.value", t.governance().value());
		}
		Set<String> forces = new HashSet<>();
		double shares = 0;
		for (int i = 0; i < t.staffing().size(); i++) {
			AgreementTerms.StaffingShare s = t.staffing().get(i);
			String field = at + "staffing[" + i + "]";
			if (s == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (member(field + ".force", s.force(), members, checks) && !forces.add(s.force())) {
				checks.add(field + ".force", "gives '" + s.force() + "' a share twice");
			}
			if (s.share() == null) {
				checks.add(field + ".share", "must be given, as a fraction 0..1");
			}
			checks.between(field + ".share", s.share(), 0, 1);
			shares += s.share() == null || s.share().isNaN() ? 0 : s.share();
			checks.date(field + ".date", s.date());
			provenance(field, s.source(), s.confidence(), checks);
		}
		if (shares > 1 + 1e-6) {
			checks.add(at + "staffing", "shares sum to " + Math.round(shares * 1000) / 1000.0 + ", above 1");
		}
	}

	private static void exitCost(ExitCostRule rule, String at, Checks checks) {
		checks.oneOf(at + ".kind", rule.kind(), EXIT_COST_KINDS, true);
		provenance(at, rule.source(), rule.confidence(), checks);
		checks.between(at + ".amount", rule.amount(), 0, Double.MAX_VALUE);
		checks.between(at + ".share", rule.share(), 0, 1);
		checks.between(at + ".liabilities", rule.liabilities(), 0, Double.MAX_VALUE);
		if (ExitCostRule.FIXED.equals(rule.kind())) {
			if (rule.amount() == null) {
				checks.add(at + ".amount", "a fixed settlement needs its amount, in GBP");
			}
			if (rule.share() != null || rule.liabilities() != null) {
				checks.add(at + ".kind", "a fixed settlement has an amount, not a share of liabilities");
			}
		}
		if (ExitCostRule.SHARE_OF_LIABILITIES.equals(rule.kind()) && rule.amount() != null) {
			checks.add(at + ".amount", "a share of liabilities has a share and the liabilities, not an amount");
		}
	}

	private static void costSharing(CostSharing s, String at, Set<String> members, Checks checks) {
		checks.oneOf(at + "method", s.method(), SHARING_METHODS, true);
		provenance(at.substring(0, at.length() - 1), s.source(), s.confidence(), checks);
		if (!CostSharing.FORMULA.equals(s.method()) && !s.weights().isEmpty()) {
			checks.add(at + "weights", "only a formula has weights");
		}
		if (CostSharing.FORMULA.equals(s.method()) && s.weights().isEmpty()) {
			checks.add(at + "weights", "a formula names its weights (their values may be unknown)");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < s.weights().size(); i++) {
			Weight w = s.weights().get(i);
			String field = at + "weights[" + i + "]";
			if (w == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (checks.text(field + ".name", w.name()) && !names.add(w.name())) {
				checks.add(field + ".name", "names the weight '" + w.name() + "' twice");
			}
			checks.between(field + ".weight", w.weight(), 0, Double.MAX_VALUE);
			checks.optionalText(field + ".unit", w.unit());
			checks.optionalText(field + ".source", w.source());
			Set<String> forces = new HashSet<>();
			for (int j = 0; j < w.values().size(); j++) {
				ForceValue v = w.values().get(j);
				String value = field + ".values[" + j + "]";
				if (v == null) {
					checks.add(value, "must not be null");
					continue;
				}
				if (member(value + ".force", v.force(), members, checks) && !forces.add(v.force())) {
					checks.add(value + ".force", "gives '" + v.force() + "' a value twice");
				}
				checks.between(value + ".value", v.value(), 0, Double.MAX_VALUE);
				checks.date(value + ".date", v.date());
				provenance(value, v.source(), v.confidence(), checks);
			}
		}
	}

	private static void budgets(List<Budget> budgets, String at, Checks checks) {
		Set<String> years = new HashSet<>();
		for (int i = 0; i < budgets.size(); i++) {
			Budget b = budgets.get(i);
			String field = at + "[" + i + "]";
			if (b == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (b.year() != null) {
				Integer start = FinancialYear.startYear(b.year());
				if (start == null) {
					checks.add(field + ".year", "must be a financial year as YYYY/YY (2019/20), was '" + b.year() + "'");
				}
				else if (start < PartialDate.FIRST_YEAR || start >= PartialDate.LAST_YEAR) {
					checks.add(field + ".year", "must be between " + PartialDate.FIRST_YEAR + " and " + PartialDate.LAST_YEAR);
				}
			}
			if (!years.add(String.valueOf(b.year()))) {
				checks.add(field + ".year", b.year() == null ? "only one budget may have no year"
						: "gives the budget of " + b.year() + " twice");
			}
			if (b.amount() == null) {
				checks.add(field + ".amount", "must be given, in GBP");
			}
			checks.between(field + ".amount", b.amount(), 0, Double.MAX_VALUE);
			provenance(field, b.source(), b.confidence(), checks);
		}
	}

	private static void benefits(List<Benefit> benefits, String at, KnownIds known, Checks checks) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < benefits.size(); i++) {
			Benefit b = benefits.get(i);
			String field = at + "[" + i + "]";
			if (b == null) {
				checks.add(field, "must not be null");
				continue;
			}
			checks.slug(field + ".id", b.id());
			if (b.id() != null && !ids.add(b.id())) {
				checks.add(field + ".id", "names the benefit '" + b.id() + "' twice");
			}
			checks.text(field + ".title", b.title());
			checks.oneOf(field + ".kind", b.kind(), Set.copyOf(Benefit.KINDS), true);
			checks.optionalText(field + ".measure", b.measure());
			checks.optionalText(field + ".unit", b.unit());
			checks.optionalText(field + ".owner", b.owner());
			checks.oneOf(field + ".status", b.status(), Set.copyOf(Benefit.STATUSES), false);
			if (b.baseline() != null) {
				value(field + ".baseline", b.baseline(), false, checks);
			}
			series(field + ".planned", b.planned(), checks);
			series(field + ".realised", b.realised(), checks);
			Set<String> forces = new HashSet<>();
			double shares = 0;
			for (int j = 0; j < b.attributedTo().size(); j++) {
				Benefit.Attribution a = b.attributedTo().get(j);
				String attribution = field + ".attributedTo[" + j + "]";
				if (a == null) {
					checks.add(attribution, "must not be null");
					continue;
				}
				if (checks.text(attribution + ".force", a.force())) {
					if (!known.forces().contains(a.force())) {
						checks.add(attribution + ".force", "unknown force '" + a.force() + "'");
					}
					else if (!forces.add(a.force())) {
						checks.add(attribution + ".force", "attributes the benefit to '" + a.force() + "' twice");
					}
				}
				checks.between(attribution + ".share", a.share(), 0, 1);
				shares += a.share() == null || a.share().isNaN() ? 0 : a.share();
			}
			if (shares > 1 + 1e-6) {
				checks.add(field + ".attributedTo", "shares sum to " + Math.round(shares * 1000) / 1000.0 + ", above 1");
			}
		}
	}

	private static void series(String at, List<BenefitValue> values, Checks checks) {
		Set<String> periods = new HashSet<>();
		for (int i = 0; i < values.size(); i++) {
			BenefitValue v = values.get(i);
			String field = at + "[" + i + "]";
			if (v == null) {
				checks.add(field, "must not be null");
				continue;
			}
			if (value(field, v, true, checks) && !periods.add(v.period())) {
				checks.add(field + ".period", "gives the period " + v.period() + " twice");
			}
		}
	}

	/** A baseline, planned or realised value; answers whether its period is a valid one. */
	private static boolean value(String field, BenefitValue v, boolean periodRequired, Checks checks) {
		boolean periodValid = true;
		if (v.period() == null) {
			if (periodRequired) {
				checks.add(field + ".period", "must be given: a financial year (2019/20) or a date (2019, 2019-05, 2019-05-01)");
				periodValid = false;
			}
		}
		else if (FinancialYear.startYear(v.period()) == null && !PartialDate.isValid(v.period())) {
			checks.add(field + ".period", "must be a financial year (2019/20) or a date (2019, 2019-05, 2019-05-01) between "
					+ PartialDate.FIRST_YEAR + " and " + PartialDate.LAST_YEAR + ", was '" + v.period() + "'");
			periodValid = false;
		}
		if (v.value() != null && (v.value().isNaN() || v.value().isInfinite())) {
			checks.add(field + ".value", "must be a number");
		}
		checks.optionalText(field + ".source", v.source());
		checks.oneOf(field + ".confidence", v.confidence(), CONFIDENCE, false);
		return periodValid;
	}

	/** A value given with its source: answers whether it was given (then its source and confidence are checked). */
	private static boolean sourced(String field, Sourced<?> s, Checks checks) {
		if (s == null) {
			return false;
		}
		provenance(field, s.source(), s.confidence(), checks);
		return true;
	}

	private static void provenance(String field, String source, String confidence, Checks checks) {
		checks.optionalText(field + ".source", source);
		checks.oneOf(field + ".confidence", confidence, CONFIDENCE, false);
	}

	private static void requiredDate(String field, String value, Checks checks) {
		if (value == null) {
			checks.add(field, "must be given, as YYYY, YYYY-MM or YYYY-MM-DD");
		}
		checks.date(field, value);
	}

	private static boolean member(String field, String force, Set<String> members, Checks checks) {
		if (!checks.text(field, force)) {
			return false;
		}
		if (!members.contains(force)) {
			checks.add(field, "'" + force + "' is not a member of the collaboration");
			return false;
		}
		return true;
	}
}
