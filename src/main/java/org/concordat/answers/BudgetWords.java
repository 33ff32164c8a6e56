package org.concordat.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.BudgetOfTheYear;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.agreement.Sourced;
import org.concordat.analytics.withdrawal.CostShares;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.withdrawal.WithdrawalImpact.Affected;
import org.concordat.words.Words;

/**
 * What the withdrawal summary says from a collaboration's recorded agreement beyond its shares: the £ the stayers
 * would pay more, and where they come from (the budget of the financial year holding the date asked, with its
 * source, as {@link WithdrawalPounds} reads it), or why no £ can be given; and the notice period.
 */
final class BudgetWords {

	private final Map<String, RecordedAgreement> register;

	BudgetWords(Map<String, RecordedAgreement> register) {
		this.register = register;
	}

	/** The £ of leaving {@code c} in financial {@code year}, or why none is given. */
	String pounds(Affected c, SharingAfter after, String year) {
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

	/** For a force leaving several collaborations: which record a budget for {@code year}, and how many do not. */
	String poundsOfAll(WithdrawalImpact.Answer a, String year) {
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

	/** The notice period of {@code c}'s agreement, with its confidence and source, as a sentence. */
	String notice(Affected c) {
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
}
