package org.concordat.answers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.FinancialYear;
import org.concordat.agreement.Sourced;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.CostShares;
import org.concordat.analytics.withdrawal.DependencyRisk;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.withdrawal.WithdrawalImpact.Affected;
import org.concordat.words.Words;

/**
 * A withdrawal answer in a few sentences, names not ids. The first says what is known (whether the
 * collaboration stays viable, with whom), what is assumed about the cost shares (equal shares are "assumed"
 * only where recorded ones cannot be rescaled, saying why; a formula whose numbers are missing gives an equal
 * split labelled an illustration) and where the £ come from (the budget of the financial year holding the date asked, its source), or that no £ can
 * be given (and which budgets are recorded instead). Then: functions
 * lost, the cascade, the notice period, the most exposed forces with their bands, precedents, and the events
 * recorded only to a year or a month that may already have happened.
 */
final class WithdrawalSummary {

	private final Names names;

	private final RegisterSnapshot snapshot;

	/** The view the answer was worked out on: the summary reads the cost shares as the answer did. */
	private final AsOf asOf;

	private final Map<String, RecordedAgreement> register;

	WithdrawalSummary(AsOf asOf, Map<String, RecordedAgreement> register) {
		this.asOf = asOf;
		this.snapshot = asOf.snapshot();
		this.names = new Names(snapshot);
		this.register = register;
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
			SharingAfter after = find(sharing, c.id());
			sentences.add(when + ", if " + who + " left " + c.name() + ", " + fate(c, a.force()) + "; "
					+ sharing(c, after, a.force()) + "; " + pounds(c, after, year) + ".");
			sentences.add(terms(c));
		}
		else {
			sentences.add(when + ", if " + who + " left all " + a.collaborations().size() + " of its collaborations, "
					+ fates(a) + "; " + sharings(a, sharing) + "; " + poundsOfAll(a, year) + ".");
		}
		if (!a.functionsLost().isEmpty()) {
			List<String> losses = new ArrayList<>(a.functionsLost().size());
			for (WithdrawalImpact.FunctionsLost l : a.functionsLost()) {
				losses.add(names.force(l.force()) + " would lose " + Words.and(names.functions(l.functions())) + " ("
						+ names.collaboration(l.collaboration()) + ")");
			}
			sentences.add(Words.capital(Words.and(losses)) + ", which nothing else of theirs covers.");
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
							: ", leaving " + Words.and(names.forces(a.network().isolatedForces())) + " with no partner")
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

	private static SharingAfter find(List<SharingAfter> sharing, String id) {
		for (SharingAfter s : sharing) {
			if (s.collaboration().equals(id)) {
				return s;
			}
		}
		return null;
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

	private String sharing(Affected c, SharingAfter after, String leaver) {
		if (c.remainingCount() == 0) {
			return "no member would remain to share its costs";
		}
		String equal = equalSplit(c);
		// equal terms need no list of the members: 1/n to 1/(n − 1), however many the answer lists
		if (after != null && CostSharing.EQUAL.equals(after.method())) {
			return "its agreement shares costs equally, so each remaining member's share goes " + equal;
		}
		if (after != null && after.computed()) {
			Map<String, Double> shares = after.recomputed().shares();
			// a regional unit's few stayers are named; a national one's hundreds are in costSharing, not the sentence
			List<String> named = new ArrayList<>(shares.entrySet().stream().limit(shares.size() > 6 ? 5 : 6)
				.map(e -> names.force(e.getKey()) + " " + Words.percent(e.getValue())).toList());
			if (named.size() < shares.size()) {
				named.add((shares.size() - named.size()) + " more (listed in costSharing)");
			}
			return "its recorded formula (" + after.recomputed().formula() + ") gives the remaining members' shares: "
					+ Words.and(named)
					+ (after.sharesBefore() == null ? " (but not their shares before, for want of " + names.force(leaver)
							+ "'s numbers, so no extra £ are given)" : "");
		}
		if (after != null && after.unlisted()) {
			return "its costs are split by a formula (" + Words.and(weights(c.id())) + "), which is worked out only when "
					+ "every remaining member is listed (memberLimit; " + c.membersAfter().size() + " of "
					+ c.remainingCount() + " are), so no new shares are given";
		}
		if (after != null) {
			List<String> weights = weights(c.id());
			int missing = after.recomputed().missing().size();
			return "its costs are split by a formula (" + Words.and(weights) + ") but " + missing + " of the numbers it "
					+ "needs are not recorded (listed in costSharing), so no new shares are given; an equal split ("
					+ equal + ") is shown only as an illustration";
		}
		if (!c.sharesAssumed()) {
			return "the members' recorded cost shares are rescaled among those who remain ("
					+ Words.and(c.costShare().stream().limit(3)
						.map(s -> names.force(s.force()) + " " + Words.percent(s.before()) + " to " + Words.percent(s.after()))
						.toList())
					+ (c.costShare().size() > 3 ? ", …" : "") + ")";
		}
		// the shares CostShares reads, those of the members at the date (a past membership's share is none of theirs)
		int collab = snapshot.collab(c.id());
		int[] members = collab < 0 ? new int[0] : asOf.members(collab);
		float[] recorded = members.length == 0 ? null : CostShares.firstActiveShares(asOf, collab, members);
		if (leaverPaysAll(members, recorded, snapshot.force(leaver))) {
			return "every member's cost share is recorded but " + names.force(leaver) + " pays all of the costs, so the "
					+ "recorded shares cannot be rescaled among those who remain and shares are assumed equal (" + equal + ")";
		}
		return (recorded != null ? "cost shares are recorded for only some members, so" : "no cost sharing is recorded, so")
				+ " shares are assumed equal (" + equal + ")";
	}

	/**
	 * Whether every member has a recorded share ({@code recorded}, aligned with {@code members}) and {@code leaver}'s
	 * is all of the costs: the other reason, beside a share missing, that {@link CostShares} cannot rescale the
	 * recorded shares and assumes equal ones.
	 */
	private static boolean leaverPaysAll(int[] members, float[] recorded, int leaver) {
		int leaving = Arrays.binarySearch(members, leaver);
		if (recorded == null || leaving < 0 || !(recorded[leaving] >= 1)) {
			return false;
		}
		for (float share : recorded) {
			if (Float.isNaN(share)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "25% to 33.3% each": the answer's own equal split, or, where shares are recorded per member (so the answer has
	 * none) but the agreement says equal shares or its formula lacks numbers, the equal split of the members' count,
	 * 1/n to 1/(n − 1): no recorded member's share stands for the others'.
	 */
	private static String equalSplit(Affected c) {
		if (c.equalShare() != null) {
			return Words.percent(c.equalShare().before()) + " to " + Words.percent(c.equalShare().after()) + " each";
		}
		if (c.remainingCount() == 0) {
			return "none remaining";
		}
		return Words.percent(1.0 / c.memberCount()) + " to " + Words.percent(1.0 / c.remainingCount()) + " each";
	}

	private List<String> weights(String id) {
		RecordedAgreement rc = register.get(id);
		return rc == null || rc.costSharing() == null ? List.of()
				: rc.costSharing().weights().stream().filter(Objects::nonNull).map(CostSharing.Weight::name).toList();
	}

	private String pounds(Affected c, SharingAfter after, String year) {
		if (c.annualCost() == null) {
			return "no £ figure is given, because " + noBudget(c.id(), year);
		}
		String from = "£ come from " + budget(c.id(), year);
		// each listed remaining member's extra £; DoubleStream's sum, compensated (a plain loop's can differ in the
		// last place, and so by £1 once rounded)
		List<Double> extras = c.listedShares().stream().map(CostShares.Share::extraAnnualCost).toList();
		Double agreed = agreedExtra(c, after);
		double extra = agreed != null ? agreed : extras.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
		// where agreement terms are recorded the sentence gives theirs, so only they can price it, never the listed shares
		boolean whole = after != null ? agreed != null : extras.size() == c.remainingCount();
		boolean illustration = after != null && after.illustrated();
		String who = c.remainingCount() == 1 ? "the remaining member would pay " + Words.gbp(extra) + " more a year"
				: "the remaining members would pay " + Words.gbp(extra) + " more a year between them";
		return from + (whole && extra > 0 ? ": " + who
				+ (illustration ? " under the illustrative equal split" : "") : "");
	}

	/**
	 * What the stayers would pay more a year between them when the sentence gives the agreement's new shares or its
	 * illustrative equal split rather than the answer's own listed shares (recorded ones rescaled, where the register
	 * also records a share per member): under the agreement, the rise of each stayer's share from what the same terms
	 * give all the members before, both read from {@code costSharing} (as the explorer's table reads them); under an
	 * equal split not listed there (a formula's illustration, or equal terms with members unlisted),
	 * (n − 1) × (1/(n − 1) − 1/n) = 1/n of the budget. Null when the terms give no shares to price (a formula
	 * unlisted, or lacking the leaving force's numbers), or no terms are recorded: the listed shares are then the
	 * ones the sentence gives.
	 */
	private static Double agreedExtra(Affected c, SharingAfter after) {
		if (after == null || c.remainingCount() == 0) {
			return null;
		}
		if (after.computed() && after.sharesBefore() != null) {
			double rise = 0;
			for (Map.Entry<String, Double> stayer : after.recomputed().shares().entrySet()) {
				rise += stayer.getValue() - after.sharesBefore().getOrDefault(stayer.getKey(), 0.0);
			}
			return c.annualCost() * rise;
		}
		boolean equalSplit = after.illustrated() || (!after.computed() && CostSharing.EQUAL.equals(after.method()));
		return equalSplit ? c.annualCost() / c.memberCount() : null;
	}

	/** The budget that gave the £: the one of financial {@code year}, the one holding the date asked ({@link WithdrawalPounds}). */
	private String budget(String id, String year) {
		RecordedAgreement rc = register.get(id);
		Budget used = BudgetOfTheYear.of(rc == null ? List.of() : rc.budgets(), year);
		return "its " + used.year() + " budget of " + Words.gbp(used.amount()) + " ("
				+ sourceOf(used.source(), used.confidence()) + ")";
	}

	/** Why no £: no budget at all, or none for {@code year}, naming those recorded for other years or none. */
	private String noBudget(String id, String year) {
		RecordedAgreement rc = register.get(id);
		List<Budget> budgets = rc == null ? List.of()
				: rc.budgets().stream().filter(b -> b != null && b.amount() != null).toList();
		if (budgets.isEmpty()) {
			return "no budget is recorded for it";
		}
		List<String> others = budgets.stream().map(b -> b.year() == null ? "a budget whose year is not stated, "
				+ Words.gbp(b.amount()) + " (" + sourceOf(b.source(), b.confidence()) + ")" : b.year()).toList();
		return "no budget is recorded for " + year + ", the financial year asked about (recorded: " + Words.and(others)
				+ "; a budget counts only for its own year)";
	}

	private static String sourceOf(String source, String confidence) {
		return (source == null ? "source not recorded" : source) + (confidence == null ? "" : ", " + confidence);
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

	private String sharings(WithdrawalImpact.Answer a, List<SharingAfter> sharing) {
		int rescaled = 0;
		int byTerms = 0;
		int illustrated = 0;
		int unlisted = 0;
		int assumed = 0;
		for (Affected c : a.collaborations()) {
			SharingAfter after = find(sharing, c.id());
			if (after != null && (after.computed() || CostSharing.EQUAL.equals(after.method()))) {
				byTerms++;
			}
			else if (after != null && after.unlisted()) {
				unlisted++;
			}
			else if (after != null) {
				illustrated++;
			}
			else if (!c.sharesAssumed()) {
				rescaled++;
			}
			else {
				assumed++;
			}
		}
		List<String> parts = new ArrayList<>();
		if (assumed > 0) {
			parts.add("shares are assumed equal in " + assumed + ", where no cost sharing that can be rescaled is recorded");
		}
		if (rescaled > 0) {
			parts.add("recorded shares are rescaled in " + rescaled);
		}
		if (byTerms > 0) {
			parts.add("the recorded formula or equal-share terms give the new shares in " + byTerms);
		}
		if (illustrated > 0) {
			parts.add(illustrated + " split costs by a formula whose numbers are not all recorded (an equal split shown as "
					+ "an illustration only)");
		}
		if (unlisted > 0) {
			parts.add(unlisted + " split costs by a formula not worked out because not all their remaining members are "
					+ "listed (memberLimit)");
		}
		return String.join(", ", parts);
	}

	private String poundsOfAll(WithdrawalImpact.Answer a, String year) {
		List<String> costed = new ArrayList<>();
		for (Affected c : a.collaborations()) {
			if (c.annualCost() != null) {
				costed.add(c.name() + ": " + budget(c.id(), year));
			}
		}
		if (costed.isEmpty()) {
			return "no £ figure is given, because none of them records a budget for " + year;
		}
		return "£ come from the " + year + " budgets recorded for " + costed.size() + " of them (" + Words.and(costed)
				+ "); no " + year + " budget is recorded for the other " + (a.collaborations().size() - costed.size());
	}

	private String terms(Affected c) {
		RecordedAgreement rc = register.get(c.id());
		AgreementTerms terms = rc == null ? null : rc.terms();
		Sourced<Integer> notice = terms == null ? null : terms.noticeMonths();
		if (notice == null || notice.value() == null) {
			return "No notice period is recorded for it.";
		}
		return "Its agreement's notice period is " + notice.value() + " months ("
				+ (notice.confidence() == null ? "" : notice.confidence() + "; ")
				+ (notice.source() == null ? "source not recorded" : notice.source()) + ").";
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
}
