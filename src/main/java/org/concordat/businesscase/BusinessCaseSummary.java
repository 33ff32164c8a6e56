package org.concordat.businesscase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.words.Words;

/**
 * A business case in a few sentences. The first says when the force could leave and what is known of its
 * bill, with the basis of its share ("assumed equal" only when nothing is recorded) and where its £ come from;
 * then what happens to the collaboration and the others, precedents, whom to ask, and how many unknowns remain.
 */
final class BusinessCaseSummary {

	private final RegisterSnapshot snapshot;

	BusinessCaseSummary(RegisterSnapshot snapshot) {
		this.snapshot = snapshot;
	}

	String of(BusinessCase b) {
		List<String> sentences = new ArrayList<>();
		BusinessCase.Timing t = b.timing();
		String when = t.earliestExit() == null ? "no exit date can be worked out because no notice period is recorded"
				: "it could leave on " + Words.date(t.earliestExit()) + " at the earliest (a " + t.noticePeriod().value()
						+ "-month notice period, " + (t.noticePeriod().confidence() == null ? "" : t.noticePeriod().confidence() + ", ")
						+ "source " + (t.noticePeriod().source() == null ? "not recorded" : t.noticePeriod().source()) + ")";
		List<BusinessCase.BillItem> known = b.bill().stream().filter(i -> i.amount() != null).toList();
		String bill = known.isEmpty() ? "no part of its bill can be put in £ from what is recorded"
				: "the known part of its bill is " + Words.gbp(b.billKnown()) + " (" + Words.and(known.stream()
					.map(i -> i.item() + " " + Words.gbp(i.amount()) + ", source "
							+ (i.source() == null ? "not recorded" : i.source()))
					.toList()) + ")";
		String share = b.leavingShare() == null ? "its share of the costs is unknown (" + b.leavingShareBasis() + ")"
				: b.leavingShareBasis().startsWith("assumed") ? "its share is assumed equal ("
						+ Words.percent(b.leavingShare()) + ") because nothing is recorded"
						: "its share is " + Words.percent(b.leavingShare()) + " under " + b.leavingShareBasis();
		sentences.add("As of " + Words.date(b.at()) + ", if " + b.forceName() + " served notice to leave "
				+ b.collaborationName() + " on " + Words.date(b.notice()) + ", " + when + "; " + bill + "; " + share + ".");
		List<String> extra = b.remaining().stream().filter(r -> r.extraPerYear() != null)
			.map(r -> r.name() + " " + Words.gbp(r.extraPerYear())).toList();
		String remaining = b.remaining().isEmpty() ? "No member would remain."
				: extra.isEmpty() ? "What each remaining force would pay more a year cannot be put in £ (listed in unknowns)."
						: "Each year after, the remaining forces would pay more: " + Words.and(extra) + " (the "
								+ b.remaining().get(0).budgetYear() + " budget).";
		sentences.add((b.viable() ? b.collaborationName() + " would stay viable with "
				+ Words.and(b.remaining().stream().map(BusinessCase.RemainingForce::name).toList()) + ". "
				: b.collaborationName() + " would not stay viable. ") + remaining);
		if (!b.functionsLost().isEmpty()) {
			sentences.add(Words.count(b.functionsLost().size(), "force would lose functions", "forces would lose functions")
					+ " nothing else of theirs covers (listed in functionsLost).");
		}
		if (!b.atRisk().isEmpty()) {
			sentences.add(Words.count(b.atRisk().size(), "collaboration", "collaborations") + " depending on it would be at risk.");
		}
		sentences.add(precedents(b.precedents()));
		if (!b.contacts().isEmpty()) {
			var c = b.contacts().get(0);
			int f = snapshot.force(c.force());
			int k = snapshot.collab(c.collaboration());
			sentences.add("Ask first: " + c.title() + " of " + (f < 0 ? c.force() : snapshot.forceProfile(f).name())
					+ " (" + (k < 0 ? c.collaboration() : snapshot.collab(k).name()) + ").");
		}
		sentences.add(Words.count(b.assumptions().size(), "assumption", "assumptions") + " and "
				+ Words.count(b.unknowns().size(), "unknown", "unknowns") + " are listed"
				+ (b.uncertain().isEmpty() ? "" : ", and " + Words.count(b.uncertain().size(), "event", "events")
						+ " recorded only to a year or a month may already have happened")
				+ ".");
		return String.join(" ", sentences);
	}

	private String precedents(List<Precedents.Precedent> precedents) {
		List<Precedents.Precedent> costed = precedents.stream()
			.filter(p -> p.figures().stream().anyMatch(f -> "withdrawal-cost".equals(f.kind()))).toList();
		if (precedents.isEmpty()) {
			return "No earlier withdrawal or ending like it is recorded by then.";
		}
		String first = Words.count(precedents.size(), "precedent is", "precedents are") + " recorded";
		if (costed.isEmpty()) {
			return first + ", none with a recorded exit cost.";
		}
		Precedents.Precedent p = costed.get(0);
		Precedents.Figure most = p.figures().stream().filter(f -> "withdrawal-cost".equals(f.kind()))
			.max(Comparator.comparingDouble(Precedents.Figure::amount)).get();
		List<String> amounts = p.figures().stream().filter(f -> "withdrawal-cost".equals(f.kind()))
			.map(f -> Words.gbp(f.amount())).filter(Objects::nonNull).distinct().toList();
		return first + "; the latest with an exit cost: " + p.name() + " (" + p.date() + "), "
				+ Words.and(amounts) + " recorded as withdrawal costs (the largest from " + most.source() + ").";
	}
}
