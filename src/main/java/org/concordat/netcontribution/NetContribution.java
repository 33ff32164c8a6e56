package org.concordat.netcontribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.agreement.Pounds;
import org.concordat.agreement.Budget;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.SharingFormula;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitValue;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.entity.PartialDate;

/**
 * What a force pays into each collaboration it is an active member of at D, against the benefits attributed to
 * it, for one financial year (the 2009 brief's "net donor" question).
 *
 * <p>Pays: its share × the collaboration's budget for that year. The share is its recorded cost share, or the
 * recorded formula or equal-share terms applied to the members at D ({@link SharingFormula}); nothing else: with
 * neither recorded, what it pays is unknown (never an assumed equal split). Gets: the cashable benefits in GBP
 * attributed to it, realised for a period inside that year which had ended by D, × its attributed share.
 * Non-cashable and qualitative benefits are listed apart, never turned into £. Every number that is missing is a
 * gap, counted.
 */
final class NetContribution {

	/** One collaboration of the force: what it pays, what it gets in cashable £, what else it gets, the gaps. */
	record Line(String collaboration, String name, Double share, String shareBasis, Double budget, String budgetSource,
			Double pays, Double cashable, List<String> cashableSources, List<String> nonCashable,
			List<String> qualitative, Double net, List<String> gaps) {
	}

	/** A force's lines and totals over the collaborations where both sides are known ({@code netKnownIn}). */
	record ForceNet(String force, String name, List<Line> collaborations, Double paysKnown, Double cashableKnown,
			Double net, int netKnownIn, boolean netDonor, int gaps) {
	}

	record Answer(String summary, LocalDate at, String year, List<ForceNet> forces, List<String> netDonors, int gaps,
			List<org.concordat.analytics.withdrawal.UncertainEvent> uncertain, SnapshotStamp snapshot) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	private final String year;

	private final Map<String, Collaboration> register;

	NetContribution(AsOf asOf, String year, Map<String, Collaboration> register) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
		this.year = year;
		this.register = register;
	}

	/** The latest financial year that had ended before {@code at}: its budget and its realised benefits are known. */
	static String lastCompleteYear(LocalDate at) {
		return FinancialYear.of(FinancialYear.firstDay(FinancialYear.of(at)).minusDays(1));
	}

	ForceNet of(int f) {
		String force = s.forceId(f);
		List<Line> lines = new ArrayList<>();
		for (int c : asOf.collabsOf(f)) {
			Collaboration rc = register.get(s.collabId(c));
			if (rc != null) {
				List<String> members = java.util.Arrays.stream(asOf.members(c)).mapToObj(s::forceId).toList();
				lines.add(line(force, rc, members));
			}
		}
		double pays = 0;
		double gets = 0;
		int known = 0;
		for (Line l : lines) {
			if (l.net() != null) {
				pays += l.pays();
				gets += l.cashable();
				known++;
			}
		}
		int gaps = lines.stream().mapToInt(l -> l.gaps().size()).sum();
		Double net = known == 0 ? null : Pounds.toPenny(gets - pays);
		return new ForceNet(force, s.forceProfile(f).name(), lines, known == 0 ? null : Pounds.toPenny(pays),
				known == 0 ? null : Pounds.toPenny(gets), net, known, net != null && net < 0, gaps);
	}

	private Line line(String force, Collaboration rc, List<String> members) {
		List<String> gaps = new ArrayList<>();
		Double share = null;
		String basis;
		Membership mine = rc.members().stream().filter(m -> force.equals(m.force()) && m.costShare() != null)
			.reduce((a, b) -> b).orElse(null);
		CostSharing sharing = rc.costSharing();
		if (sharing != null && (CostSharing.FORMULA.equals(sharing.method()) || CostSharing.EQUAL.equals(sharing.method()))) {
			SharingFormula.Recomputed r = new SharingFormula(sharing).among(members);
			share = r.shares() == null ? null : r.shares().get(force);
			basis = "the recorded " + r.formula();
			if (share == null) {
				gaps.add("the formula lacks " + r.missing().size() + " number(s)");
			}
		}
		else if (mine != null) {
			share = mine.costShare();
			basis = "its recorded cost share";
		}
		else {
			basis = "no share recorded";
			gaps.add("its cost share is not recorded");
		}
		Budget budget = BudgetOfTheYear.of(rc.budgets(), year);
		if (budget == null) {
			gaps.add("no " + year + " budget is recorded");
		}
		Double pays = share == null || budget == null ? null : Pounds.toPenny(share * budget.amount());
		double cashable = 0;
		boolean cashableKnown = true;
		List<String> sources = new ArrayList<>();
		List<String> nonCashable = new ArrayList<>();
		List<String> qualitative = new ArrayList<>();
		for (Benefit b : rc.benefits()) {
			if (b == null) {
				continue;
			}
			Benefit.Attribution to = b.attributedTo().stream().filter(a -> a != null && force.equals(a.force()))
				.findFirst().orElse(null);
			if (b.attributedTo().isEmpty()) {
				gaps.add("benefit '" + b.title() + "' is attributed to no force");
				continue;
			}
			if (to == null) {
				continue;
			}
			List<BenefitValue> values = b.realised().stream().filter(v -> v != null && inYear(v.period())).toList();
			if ("cashable".equals(b.kind()) && "GBP".equals(b.unit())) {
				for (BenefitValue v : values) {
					if (v.value() == null || to.share() == null) {
						cashableKnown = false;
						gaps.add("benefit '" + b.title() + "' " + v.period() + ": "
								+ (v.value() == null ? "no value" : "no attributed share"));
					}
					else {
						cashable += v.value() * to.share();
						if (v.source() != null) {
							sources.add(v.source());
						}
					}
				}
			}
			else if ("qualitative".equals(b.kind())) {
				qualitative.add(b.title());
			}
			else {
				values.stream().filter(v -> v.value() != null)
					.forEach(v -> nonCashable.add(b.title() + ": " + v.value() + " " + b.unit() + " (" + v.period() + ")"));
			}
		}
		Double gets = cashableKnown ? Pounds.toPenny(cashable) : null;
		Double net = pays == null || gets == null ? null : Pounds.toPenny(gets - pays);
		return new Line(rc.id(), rc.name(), share, basis, budget == null ? null : budget.amount(),
				budget == null ? null : budget.source(), pays, gets, sources.stream().distinct().toList(), nonCashable,
				qualitative, net, gaps);
	}

	/** A period inside the financial year asked about that had ended by D (a year-long "2019" straddles two). */
	private boolean inYear(String period) {
		if (period == null) {
			return false;
		}
		LocalDate start = FinancialYear.firstDay(year);
		LocalDate end = start.plusYears(1).minusDays(1);
		LocalDate first;
		LocalDate last;
		if (FinancialYear.startYear(period) != null) {
			first = FinancialYear.firstDay(period);
			last = first.plusYears(1).minusDays(1);
		}
		else {
			first = PartialDate.firstDay(period);
			last = PartialDate.lastDay(period);
		}
		return first != null && last != null && !first.isBefore(start) && !last.isAfter(end) && last.isBefore(asOf.date());
	}

	static boolean anyKnown(List<ForceNet> forces) {
		return forces.stream().map(ForceNet::net).anyMatch(Objects::nonNull);
	}
}
