package org.concordat.answers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.withdrawal.DependencyRisk;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.withdrawal.WithdrawalImpact.Affected;
import org.concordat.words.Words;

/**
 * A withdrawal answer in a few sentences, names not ids. The first says what is known (whether the
 * collaboration stays viable, with whom), what is assumed about the cost shares ({@link SharingWords}) and where
 * the £ come from, or that no £ can be given ({@link BudgetWords}). Then: the notice period, functions lost, the
 * cascade, the network's split, the most exposed forces with their bands, precedents, and the events recorded only
 * to a year or a month that may already have happened.
 */
final class WithdrawalSummary {

	private final Names names;

	private final SharingWords shares;

	private final BudgetWords budgets;

	/** @param register the agreements of the answer's collaborations: their terms, cost sharing and budgets */
	WithdrawalSummary(AsOf asOf, Map<String, RecordedAgreement> register) {
		this.names = new Names(asOf.snapshot());
		this.shares = new SharingWords(asOf, names, register);
		this.budgets = new BudgetWords(register);
	}

	String of(WithdrawalImpact.Answer a, List<SharingAfter> sharing) {
		String who = names.force(a.force());
		String when = "As of " + Words.date(a.at());
		if (a.notMember()) {
			return when + ", " + who + " is not an active member of what was asked, so its leaving changes nothing: "
					+ "nothing is assumed and no £ is involved.";
		}
		// the financial year whose budgets give the £, worked out once for every collaboration named
		String year = FinancialYear.of(a.at());
		List<String> sentences = new ArrayList<>();
		if (a.collaborations().size() == 1) {
			Affected c = a.collaborations().get(0);
			SharingAfter after = SharingWords.find(sharing, c.id());
			sentences.add(when + ", if " + who + " left " + c.name() + ", " + fate(c, a.force()) + "; "
					+ shares.of(c, after, a.force()) + "; " + budgets.pounds(c, after, year) + ".");
			sentences.add(budgets.notice(c));
		}
		else {
			sentences.add(when + ", if " + who + " left all " + a.collaborations().size() + " of its collaborations, "
					+ fates(a) + "; " + shares.ofAll(a, sharing) + "; " + budgets.poundsOfAll(a, year) + ".");
		}
		if (!a.functionsLost().isEmpty()) {
			sentences.add(functionsLost(a.functionsLost()));
		}
		if (!a.cascade().isEmpty()) {
			List<String> atRisk = new ArrayList<>(a.cascade().size());
			for (var x : a.cascade()) {
				atRisk.add(names.collaboration(x.id()));
			}
			sentences.add(Words.count(a.cascade().size(), "collaboration", "collaborations")
					+ " depending on what would stop would be at risk: " + Words.and(atRisk) + ".");
		}
		if (a.network().cutVertex() || !a.network().isolatedForces().isEmpty()) {
			sentences.add("The network of forces would split: " + a.network().componentsBefore() + " connected "
					+ (a.network().componentsBefore() == 1 ? "part" : "parts") + " would become "
					+ a.network().componentsAfter() + (a.network().isolatedForces().isEmpty() ? ""
							: ", leaving " + few(a.network().isolatedForces()) + " with no partner")
					+ ".");
		}
		if (!a.risk().isEmpty()) {
			List<String> exposed = new ArrayList<>(3);
			for (int i = 0; i < a.risk().size() && i < 3; i++) {
				exposed.add(risk(a.risk().get(i)));
			}
			sentences.add("Most exposed: " + Words.and(exposed)
					+ " (dependency risk bands: high from " + DependencyRisk.HIGH + ", medium from "
					+ DependencyRisk.MEDIUM + ").");
		}
		sentences.add(precedents(a.precedents()));
		if (!a.uncertain().isEmpty()) {
			int n = a.uncertainCount();
			sentences.add(Words.count(n, "event is", "events are")
					+ " recorded only to a year or a month, or with no date, and may already have happened; the answer counts "
					+ (n == 1 ? "it" : "them") + " as not yet: " + a.uncertain().get(0).note()
							.replace(": recorded as", " (recorded as").replace(": on a date not recorded", " (on a date not recorded")
							.replace(", may already have happened; counted as not yet", ")")
					+ (n > 1 ? " and " + (n - 1) + " more (" + (a.uncertain().size() < n ? "the first " + a.uncertain().size()
							+ " of all " + n + (a.uncertain().size() == 1 ? " is " : " are ") : "") + "listed in uncertain)" : "")
					+ ".");
		}
		return String.join(" ", sentences);
	}

	private String fate(Affected c, String leaver) {
		boolean listed = c.membersAfter().size() == c.remainingCount() && c.remainingCount() <= 8;
		if (c.viable()) {
			return "it would stay viable with " + c.remainingCount() + " members"
					+ (listed ? " (" + Words.and(names.forces(c.membersAfter())) + ")" : "");
		}
		List<String> why = new ArrayList<>();
		for (String reason : c.reasons()) {
			if (reason.contains(" hosts it")) {
				why.add(names.force(leaver) + " hosts it");
				break;
			}
		}
		why.add(c.remainingCount() == 0 ? "no member would remain"
				: c.remainingCount() == 1 ? "only " + names.force(c.membersAfter().get(0)) + " would remain"
						: c.remainingCount() + " members would remain without their host");
		return "it would not stay viable: " + Words.and(why);
	}

	private String fates(WithdrawalImpact.Answer a) {
		List<String> stopping = new ArrayList<>();
		for (Affected c : a.collaborations()) {
			if (!c.viable()) {
				stopping.add(c.name());
			}
		}
		int viable = a.collaborations().size() - stopping.size();
		return viable + " would stay viable and " + stopping.size() + " would not"
				+ (stopping.isEmpty() ? "" : " (" + Words.and(stopping) + ")");
	}

	/** "Cheshire Constabulary medium (0.33)": the band, then the score to two places (the answer's risk list has it whole). */
	private String risk(DependencyRisk.Risk r) {
		return names.force(r.force()) + " " + r.band() + " (" + score(r.score()) + ")";
	}

	/**
	 * A score to two decimal places, cut rather than rounded so that it never reads as a band's threshold it does not
	 * reach (0.4999 is "0.49", medium, not "0.5", high); "under 0.01" rather than "0".
	 */
	static String score(double score) {
		// BigDecimal.valueOf reads the same shortest decimal Double.toString writes; cutting that text to two places
		// writes what setScale(2, FLOOR) would, at a fraction of its cost, for the plain positive ones (all scores)
		String decimal = Double.toString(score);
		int point = decimal.indexOf('.');
		if (score <= 0 || point < 0 || decimal.indexOf('E') >= 0) {
			BigDecimal cut = BigDecimal.valueOf(score).setScale(2, RoundingMode.FLOOR);
			return score > 0 && cut.signum() == 0 ? "under 0.01" : cut.stripTrailingZeros().toPlainString();
		}
		int end = Math.min(decimal.length(), point + 3);
		while (end > point + 1 && decimal.charAt(end - 1) == '0') {
			end--;
		}
		if (end == point + 1) {
			return decimal.startsWith("0.") ? "under 0.01" : decimal.substring(0, point);
		}
		return decimal.substring(0, end);
	}

	private String precedents(List<Precedents.Precedent> precedents) {
		if (precedents.isEmpty()) {
			return "No earlier withdrawal or ending like it is recorded by then.";
		}
		Precedents.Precedent latest = precedents.get(0);
		String money = latest.figures().stream().max(Comparator.comparingDouble(Precedents.Figure::amount))
			.map(f -> ", " + Words.gbp(f.amount()) + " recorded as " + f.kind().replace('-', ' ') + " ("
					+ (f.source() == null ? "source not recorded" : f.source()) + ")")
			.orElse("");
		String what = latest.force() == null ? latest.name() + " ended"
				: names.force(latest.force()) + " left " + latest.name();
		// a full list is the latest of perhaps many more: the answer does not count them
		String alike = precedents.size() < Precedents.LIMIT
				? Words.count(precedents.size(), "earlier withdrawal or ending is", "earlier withdrawals or endings are") + " alike"
				: "At least " + Precedents.LIMIT + " earlier withdrawals or endings are alike (the latest " + Precedents.LIMIT
						+ " are listed in precedents)";
		return alike + "; the latest: " + what + " (" + latest.date() + money + ").";
	}

	/**
	 * Who would lose which functions. A host leaving a large collaboration can dissolve it and leave hundreds of
	 * forces without a function (238 on the national register when one leaves a procurement unit of 98): past
	 * three forces, those losing the same functions with the same collaboration are counted together, three
	 * named, and at most three such losses are written out; the answer's {@code functionsLost} lists every one.
	 */
	private String functionsLost(List<WithdrawalImpact.FunctionsLost> lost) {
		if (lost.size() <= 3) {
			return Words.capital(Words.and(lost.stream().map(l -> names.force(l.force()) + " would lose " + what(l)).toList()))
					+ ", which nothing else of theirs covers.";
		}
		// the losses alike (the same functions with the same collaboration), in the answer's order
		Map<List<String>, List<WithdrawalImpact.FunctionsLost>> alike = new LinkedHashMap<>();
		lost.forEach(l -> alike.computeIfAbsent(List.of(l.collaboration(), String.join(",", l.functions())), k -> new ArrayList<>()).add(l));
		var written = alike.values().stream().limit(3).toList();
		Set<String> named = written.stream().flatMap(List::stream).map(WithdrawalImpact.FunctionsLost::force).collect(Collectors.toSet());
		List<String> clauses = new ArrayList<>(written.stream().map(same -> few(same.stream()
			.map(WithdrawalImpact.FunctionsLost::force).toList()) + " would lose " + what(same.get(0))).toList());
		Set<String> all = lost.stream().map(WithdrawalImpact.FunctionsLost::force).collect(Collectors.toSet());
		if (all.size() > named.size()) { // the forces named are among all
			clauses.add(Words.count(all.size() - named.size(), "more force", "more forces") + " would lose functions too");
		}
		return Words.capital(Words.and(clauses)) + ", which nothing else of theirs covers ("
				+ Words.count(all.size(), "force", "forces") + " in all, each listed in functionsLost).";
	}

	/** "Procurement (Massachusetts and neighbours procurement specialist unit)". */
	private String what(WithdrawalImpact.FunctionsLost l) {
		return Words.and(names.functions(l.functions())) + " (" + names.collaboration(l.collaboration()) + ")";
	}

	/**
	 * Forces by id, up to three named; more are counted, the first three named: "240 forces, among them A, B and
	 * C,". Only the names written are looked up (a dissolved collaboration can leave hundreds).
	 */
	private String few(List<String> forces) {
		return forces.size() <= 3 ? Words.and(names.forces(forces))
				: forces.size() + " forces, among them " + Words.and(names.forces(forces.subList(0, 3))) + ",";
	}
}
