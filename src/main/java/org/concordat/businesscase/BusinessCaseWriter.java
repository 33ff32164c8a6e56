package org.concordat.businesscase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.agreement.Pounds;
import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.agreement.SharingFormula;
import org.concordat.agreement.Sourced;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.CostShares;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.entity.PartialDate;
import org.concordat.words.Words;

/**
 * Works out a {@link BusinessCase} from the withdrawal answer (members, viability, functions lost, cascade,
 * precedents, uncertain events: as of D, from the snapshot) and the collaboration as the register records it
 * (terms, cost sharing, budgets).
 *
 * <p>The leaving force's share: the recorded formula or equal-share terms applied to the members at D
 * ({@link SharingFormula}); else the members' recorded shares; else, only when nothing at all is recorded, an
 * equal share, listed as an assumption. Its contributions through the notice period: for each financial year
 * the period touches, share × that year's budget × the part of the year inside the period; a year without a
 * budget makes the total unknown (an undated budget or another year's is never used in its place).
 */
final class BusinessCaseWriter {

	private final RegisterSnapshot snapshot;

	private final List<String> assumptions = new ArrayList<>();

	private final List<String> unknowns = new ArrayList<>();

	BusinessCaseWriter(RegisterSnapshot snapshot) {
		this.snapshot = snapshot;
	}

	/** The collaboration's name, from the snapshot the withdrawal answer was worked out on. */
	private String nameOf(RecordedAgreement rc) {
		return snapshot.collab(snapshot.collab(rc.collaboration())).name();
	}

	BusinessCase write(WithdrawalImpact.Answer impact, RecordedAgreement rc, LocalDate notice,
			List<ContactFinder.Contact> contacts, SnapshotStamp stamp) {
		String forceName = name(impact.force());
		if (impact.notMember() || impact.collaborations().isEmpty()) {
			String summary = "As of " + Words.date(impact.at()) + ", " + forceName + " is not an active member of "
					+ nameOf(rc) + ", so there is nothing to leave: no notice, no bill and nothing assumed.";
			return new BusinessCase(summary, impact.force(), forceName, rc.collaboration(), nameOf(rc), impact.at(), notice, true,
					true, List.of(), null, null, null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
					contacts, List.of(), List.of(), impact.uncertain(), stamp);
		}
		WithdrawalImpact.Affected affected = impact.collaborations().get(0);
		BusinessCase.Timing timing = timing(rc.terms(), notice);
		Shares shares = shares(rc, affected, impact.force());
		List<BusinessCase.BillItem> bill = new ArrayList<>();
		bill.add(noticeContributions(rc, timing, shares.leaving()));
		bill.add(exitCost(rc.terms()));
		bill.add(strandedCosts(rc.terms()));
		Double known = bill.stream().map(BusinessCase.BillItem::amount).filter(Objects::nonNull)
			.reduce(Double::sum).orElse(null);
		String year = FinancialYear.of(timing.earliestExit() != null ? timing.earliestExit() : impact.at());
		List<BusinessCase.RemainingForce> remaining = remaining(rc, affected, shares, year);
		if (!affected.viable()) {
			unknowns.add("what winding up or replacing " + nameOf(rc) + " would cost: not recorded");
		}
		BusinessCase draft = new BusinessCase(null, impact.force(), forceName, rc.collaboration(), nameOf(rc), impact.at(), notice,
				false, affected.viable(), affected.membersAfter(), timing, shares.basis(), shares.leaving(), bill, known,
				remaining, impact.functionsLost(), impact.cascade(), impact.precedents(), contacts,
				List.copyOf(assumptions), List.copyOf(unknowns), impact.uncertain(), stamp);
		return withSummary(draft);
	}

	private BusinessCase withSummary(BusinessCase b) {
		return new BusinessCase(new BusinessCaseSummary(snapshot).of(b), b.force(), b.forceName(), b.collaboration(),
				b.collaborationName(), b.at(), b.notice(), b.notMember(), b.viable(), b.membersAfter(), b.timing(),
				b.leavingShareBasis(), b.leavingShare(), b.bill(), b.billKnown(), b.remaining(), b.functionsLost(),
				b.atRisk(), b.precedents(), b.contacts(), b.assumptions(), b.unknowns(), b.uncertain(), b.snapshot());
	}

	private String name(String force) {
		int f = snapshot.force(force);
		return f < 0 ? force : snapshot.forceProfile(f).name();
	}

	/** The notice period and exit dates the terms record, applied to notice served on {@code notice}. */
	BusinessCase.Timing timing(AgreementTerms terms, LocalDate notice) {
		Sourced<Integer> period = terms == null ? null : terms.noticeMonths();
		List<AgreementTerms.ExitDate> exits = terms == null ? List.of()
				: terms.exitDates().stream().filter(e -> e != null && e.date() != null).toList();
		if (period == null || period.value() == null) {
			unknowns.add("the notice period: not recorded, so neither the earliest exit nor the notice-period "
					+ "contributions can be worked out");
			return new BusinessCase.Timing(null, notice, null, null, null, "no notice period is recorded");
		}
		int months = period.value();
		LocalDate earliest = notice.plusMonths(months);
		String basis = "notice served on " + notice + " plus " + months + " months";
		LocalDate deadline = null;
		String deadlineFor = null;
		for (AgreementTerms.ExitDate e : exits.stream()
			.sorted(Comparator.comparing(e -> PartialDate.firstDay(e.date()))).toList()) {
			LocalDate day = PartialDate.firstDay(e.date());
			if ("earliest-exit".equals(e.kind()) && day.isAfter(earliest)) {
				earliest = day;
				basis += ", no earlier than the recorded earliest exit " + e.date();
			}
			if (deadline == null && !day.isBefore(notice)) {
				deadline = day.minusMonths(months);
				deadlineFor = e.kind() + " " + e.date();
			}
		}
		List<LocalDate> breaks = exits.stream().filter(e -> "break".equals(e.kind()))
			.map(e -> PartialDate.firstDay(e.date())).sorted().toList();
		if (!breaks.isEmpty()) {
			LocalDate from = earliest;
			LocalDate next = breaks.stream().filter(d -> !d.isBefore(from)).findFirst().orElse(null);
			if (next == null) {
				unknowns.add("an exit date: no recorded break date falls after the notice period");
				return new BusinessCase.Timing(period, notice, deadline, deadlineFor, null, basis
						+ "; no recorded break date after it");
			}
			earliest = next;
			basis += ", at the first recorded break date after it";
		}
		if (exits.isEmpty()) {
			basis += " (no break or earliest-exit dates are recorded, so notice may be served at any time)";
		}
		return new BusinessCase.Timing(period, notice, deadline, deadlineFor, earliest, basis);
	}

	/** Each member's share before and after, by force id, and the leaving force's share; nulls when unknown. */
	record Shares(String basis, Double leaving, Map<String, Double> before, Map<String, Double> after) {
	}

	private Shares shares(RecordedAgreement rc, WithdrawalImpact.Affected a, String leaver) {
		CostSharing sharing = rc.costSharing();
		if (sharing != null && (CostSharing.FORMULA.equals(sharing.method()) || CostSharing.EQUAL.equals(sharing.method()))) {
			SharingFormula formula = new SharingFormula(sharing);
			SharingFormula.Recomputed before = formula.among(a.membersBefore());
			SharingFormula.Recomputed after = formula.among(a.membersAfter());
			if (before.shares() == null || after.shares() == null) {
				unknowns.add("the shares under the recorded " + before.formula() + ": "
						+ before.missing().size() + " numbers it needs are not recorded ("
						+ Words.and(before.missing().stream().limit(3).map(SharingFormula.Missing::what).toList())
						+ (before.missing().size() > 3 ? ", …" : "") + ")");
				return new Shares("the recorded " + before.formula() + ", which lacks numbers", null, null, null);
			}
			return new Shares("the recorded " + before.formula(), before.shares().get(leaver), before.shares(),
					after.shares());
		}
		Map<String, Double> before = new java.util.LinkedHashMap<>();
		Map<String, Double> after = new java.util.LinkedHashMap<>();
		for (CostShares.Share s : a.listedShares()) {
			before.put(s.force(), s.before());
			after.put(s.force(), s.after());
		}
		if (!a.sharesAssumed()) {
			double others = before.values().stream().mapToDouble(Double::doubleValue).sum();
			return new Shares("the members' recorded cost shares", Math.round((1 - others) * 1e6) / 1e6, before, after);
		}
		assumptions.add("equal cost shares (" + Words.percent(1.0 / a.memberCount()) + " each): no cost sharing "
				+ "or share is recorded for " + nameOf(rc));
		return new Shares("assumed equal: nothing recorded", 1.0 / a.memberCount(), before, after);
	}

	private BusinessCase.BillItem noticeContributions(RecordedAgreement rc, BusinessCase.Timing timing, Double share) {
		String item = "contributions through the notice period";
		if (timing.earliestExit() == null) {
			return new BusinessCase.BillItem(item, null, "unknown: no exit date can be worked out", null, null);
		}
		if (share == null) {
			return new BusinessCase.BillItem(item, null, "unknown: the leaving force's share is not known", null, null);
		}
		double total = 0;
		List<String> parts = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		LocalDate from = timing.noticeServed();
		while (from.isBefore(timing.earliestExit())) {
			String year = FinancialYear.of(from);
			LocalDate yearStart = FinancialYear.firstDay(year);
			LocalDate yearEnd = yearStart.plusYears(1);
			LocalDate to = yearEnd.isBefore(timing.earliestExit()) ? yearEnd : timing.earliestExit();
			Budget budget = BudgetOfTheYear.of(rc.budgets(), year);
			if (budget == null) {
				unknowns.add("the " + year + " budget of " + nameOf(rc) + ": not recorded");
				return new BusinessCase.BillItem(item, null, "unknown: no budget is recorded for " + year, null, null);
			}
			double part = share * budget.amount() * ChronoUnit.DAYS.between(from, to)
					/ ChronoUnit.DAYS.between(yearStart, yearEnd);
			total += part;
			parts.add(Words.gbp(part) + " in " + year);
			if (budget.source() != null) {
				sources.add(budget.source());
			}
			from = to;
		}
		return new BusinessCase.BillItem(item, Pounds.toPenny(total),
				Words.percent(share) + " of each year's budget for the part of it inside the notice period: "
						+ Words.and(parts),
				sources.isEmpty() ? null : String.join(" ", sources.stream().distinct().toList()), null);
	}

	private BusinessCase.BillItem exitCost(AgreementTerms terms) {
		AgreementTerms.ExitCostRule rule = terms == null ? null : terms.exitCost();
		if (rule != null) {
			Double cost = rule.cost();
			if (cost == null) {
				unknowns.add("the exit cost: the recorded rule (" + rule.kind() + ") lacks its amounts");
			}
			return new BusinessCase.BillItem("exit cost (" + rule.kind() + ")", cost,
					AgreementTerms.ExitCostRule.FIXED.equals(rule.kind()) ? "the recorded fixed settlement"
							: "the recorded share of stated liabilities",
					rule.source(), rule.confidence());
		}
		Sourced<String> text = terms == null ? null : terms.exitTerms();
		unknowns.add("the exit cost: no exit cost rule is recorded");
		return new BusinessCase.BillItem("exit cost", null,
				text == null || text.value() == null ? "no exit terms are recorded"
						: "no exit cost rule is recorded; the exit terms say: " + text.value(),
				text == null ? null : text.source(), text == null ? null : text.confidence());
	}

	/** The stranded costs the terms record: an amount, stated without one (unknown), or nothing recorded (unknown). */
	private BusinessCase.BillItem strandedCosts(AgreementTerms terms) {
		Sourced<Double> stranded = terms == null ? null : terms.strandedCosts();
		String note = stranded == null || stranded.note() == null ? "" : ": " + stranded.note();
		if (stranded == null) {
			unknowns.add("stranded costs: none recorded");
			return new BusinessCase.BillItem("stranded costs", null,
					"not recorded: the register holds no stranded costs for this collaboration", null, null);
		}
		if (stranded.value() == null) {
			unknowns.add("stranded costs: recorded as stated, their amount not recorded");
		}
		return new BusinessCase.BillItem("stranded costs", stranded.value(),
				(stranded.value() == null ? "stated, their amount not recorded" : "the recorded stranded costs") + note,
				stranded.source(), stranded.confidence());
	}

	private List<BusinessCase.RemainingForce> remaining(RecordedAgreement rc, WithdrawalImpact.Affected a, Shares shares,
			String year) {
		Budget budget = BudgetOfTheYear.of(rc.budgets(), year);
		if (budget == null && shares.after() != null) {
			unknowns.add("each remaining force's extra £ a year: no budget is recorded for " + year);
		}
		List<BusinessCase.RemainingForce> list = new ArrayList<>();
		for (String force : a.membersAfter()) {
			Double before = shares.before() == null ? null : shares.before().get(force);
			Double after = shares.after() == null ? null : shares.after().get(force);
			Double extra = before == null || after == null || budget == null ? null
					: Pounds.toPenny((after - before) * budget.amount());
			list.add(new BusinessCase.RemainingForce(force, name(force), round(before), round(after), extra,
					budget == null ? null : year, shares.basis()));
		}
		return list;
	}

	private static Double round(Double share) {
		return share == null ? null : Math.round(share * 1e6) / 1e6;
	}
}
