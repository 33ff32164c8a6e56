package org.concordat.answers;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.Alliances;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.words.Words;

/**
 * The {@code summary} of each analytics answer other than the withdrawal ({@link WithdrawalSummary}): a few
 * sentences with names, not ids. The first says what the answer found as of its date, what it assumed (none of
 * these questions assumes a cost share; what is left out is said) and that it involves no £.
 */
final class Summaries {

	private static final String NO_MONEY = "no £ figure is involved";

	private Summaries() {
	}

	private static String scope(AsOf asOf) {
		return asOf.includeNational() ? "national collaborations included"
				: "national collaborations (such as NPAS) left out";
	}

	static String overlaps(AsOf asOf, Overlaps.Answer a, String force, String function, String region) {
		Names names = new Names(asOf.snapshot());
		List<String> within = new ArrayList<>();
		if (force != null && !force.isBlank()) {
			within.add("involving " + names.force(force));
		}
		if (function != null && !function.isBlank()) {
			within.add("both covering " + names.function(function));
		}
		if (region != null) {
			within.add("sharing a member from " + region);
		}
		String first = "As of " + Words.date(asOf.date()) + ", " + Words.count(a.totalPairs(), "pair", "pairs")
				+ " of active collaborations" + (within.isEmpty() ? "" : " " + Words.and(within))
				+ " share at least one member, and " + a.totalDuplicates() + " of them also cover the same function "
				+ "(possible duplication); counted from the recorded memberships, " + scope(asOf) + "; " + NO_MONEY + ".";
		if (a.pairs().isEmpty()) {
			return first;
		}
		Overlaps.Pair top = a.pairs().stream().max(java.util.Comparator.comparingDouble(Overlaps.Pair::jaccard)).get();
		return first + " The closest on this page: " + names.collaboration(top.a()) + " and " + names.collaboration(top.b())
				+ " (" + Words.count(top.shared().size(), "member", "members") + " in common, Jaccard index "
				+ top.jaccard() + ").";
	}

	static String similarForces(AsOf asOf, String force, String by, String method, List<ForceSimilarity.Similar> similar) {
		Names names = new Names(asOf.snapshot());
		String how = by.equals("functions") ? "the functions their collaborations cover (Jaccard index)"
				: method.equals("adamic-adar") ? "the collaborations they share, small ones weighing more (Adamic–Adar index)"
						: "the collaborations they share (Jaccard index)";
		String start = "As of " + Words.date(asOf.date()) + ", compared by " + how + ", ";
		if (similar.isEmpty()) {
			return start + names.force(force) + " resembles no other force; " + scope(asOf) + "; " + NO_MONEY + ".";
		}
		return start + "the forces most like " + names.force(force) + " are "
				+ Words.and(similar.stream().limit(3).map(x -> names.force(x.force()) + " (" + x.score() + ")").toList())
				+ "; " + scope(asOf) + "; " + NO_MONEY + ".";
	}

	static String similarCollaborations(AsOf asOf, String collaboration, List<CollaborationSimilarity.Similar> similar) {
		Names names = new Names(asOf.snapshot());
		String start = "As of " + Words.date(asOf.date()) + ", by members and functions in common (the mean of the two "
				+ "Jaccard indexes), ";
		if (similar.isEmpty()) {
			return start + names.collaboration(collaboration) + " resembles no other active collaboration; " + scope(asOf)
					+ "; " + NO_MONEY + ".";
		}
		return start + "the collaborations most like " + names.collaboration(collaboration) + " are "
				+ Words.and(similar.stream().limit(3).map(x -> names.collaboration(x.collaboration()) + " (" + x.score() + ")")
					.toList())
				+ "; " + scope(asOf) + "; " + NO_MONEY + ".";
	}

	static String contacts(AsOf asOf, String force, String topic, List<ContactFinder.Contact> found) {
		Names names = new Names(asOf.snapshot());
		String start = "As of " + Words.date(asOf.date()) + ", ";
		String about = " about " + names.function(topic);
		if (found.isEmpty()) {
			return start + "no recorded lead or contact role matches" + about + " for " + names.force(force)
					+ "; roles count from their own dates; " + NO_MONEY + ".";
		}
		ContactFinder.Contact first = found.get(0);
		String where = first.hops() == null ? "not reachable through its partners"
				: first.hops() == 0 ? "in a collaboration it is or was in"
						: Words.count(first.hops(), "step", "steps") + " away through its partners";
		return start + Words.count(found.size(), "role", "roles") + " could help " + names.force(force) + about
				+ "; the first is " + first.title() + (first.rank() == null ? "" : " (" + first.rank() + ")") + " of "
				+ names.force(first.force()) + " for " + names.collaboration(first.collaboration()) + ", " + where
				+ "; roles count from their own dates and people appear as roles; " + NO_MONEY + ".";
	}

	static String alliances(AsOf asOf, Alliances.Answer a) {
		Names names = new Names(asOf.snapshot());
		List<String> outside = a.forces().stream().filter(Alliances.ForceRole::differsFromRegion)
			.map(f -> names.force(f.force())).toList();
		return "As of " + Words.date(a.at()) + ", the forces fall into " + Words.count(a.communities().size(),
				"community", "communities") + " by the collaborations they share (label propagation"
				+ (a.sampled() ? "; betweenness estimated from sampled forces" : "") + "); " + scope(asOf) + "; " + NO_MONEY
				+ "." + (outside.isEmpty() ? " Every force's community lies mainly in its own region."
						: " " + (outside.size() == 1 ? "1 force's community lies mainly outside its official region: "
										: outside.size() + " forces' communities lie mainly outside their official regions: ") + Words.and(outside) + ".");
	}

	private static String orList(List<String> items) {
		return items.size() == 1 ? items.get(0)
				: String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
	}

	static String network(AsOf asOf, Connectivity a) {
		Names names = new Names(asOf.snapshot());
		return "As of " + Words.date(a.at()) + ", the forces form " + Words.count(a.components(), "connected part",
				"connected parts") + " through their shared collaborations; " + scope(asOf) + "; " + NO_MONEY + "."
				+ (a.isolatedForces().isEmpty() ? " No force is without a partner."
						: " " + Words.count(a.isolatedForces().size(), "force has", "forces have") + " no partner: "
								+ Words.and(names.forces(a.isolatedForces())) + ".")
				+ (a.cutVertices().isEmpty() ? " No single force's leaving would split the network."
						: " It would split if " + orList(names.forces(a.cutVertices())) + " left.")
				+ (a.bridges().isEmpty() ? "" : " " + Words.count(a.bridges().size(), "membership", "memberships")
						+ " would split it by ending.");
	}
}
