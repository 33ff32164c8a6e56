package org.concordat.analytics.contacts;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RecentlyUsed;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Everything about the contacts of one tier ({@link ContactScore#tier}) for one topic at one date that does not
 * depend on the force asking, worked out once per snapshot, date, topic and tier ({@link ContactCandidatesBuilder}) and shared by every request:
 *
 * <ul>
 * <li>the candidates: one per person and collaboration (a person with several matching roles for the same
 * collaboration is listed once, with the role that scores highest, the first in register order on ties),
 * grouped by candidate collaboration, each with its roles' factors and {@link ContactScore#bound};</li>
 * <li>each candidate collaboration's targets, the forces whose membership of it began by D, inverted: for
 * each force, the candidate collaborations it is a target of;</li>
 * <li>three orders of the candidates: by person then collaboration id (the last tie-break of the ranking),
 * by bound (highest first), and by their score when unreachable (best first, the ranking's order).</li>
 * </ul>
 */
final class ContactCandidates {

	private static final int KEEP = 128; // 64 questions (date and topic), two tiers each

	private record Key(int day, String topic, int tier) {
	}

	/** The tier every candidate here is in: 1, has done what is asked; 0, the rest. */
	final int tier;

	/** Per candidate collaboration cc: its index, its candidates {@code keyStart[cc] ..}. */
	final int[] collab;

	final int[] keyStart;

	/** Per candidate collaboration, its targets: {@code targets[targetStart[cc] .. targetStart[cc + 1]]}. */
	final int[] targetStart;

	final int[] targets;

	/** Per force, the candidate collaborations it is a target of: {@code targetOf[targetOfStart[f] ..]}. */
	final int[] targetOfStart;

	final int[] targetOf;

	/** Per candidate k: its candidate collaboration, its roles {@code roleStart[k] ..} in register order. */
	final int[] keyCollab;

	final int[] roleStart;

	/** Per role: the role, how it matches the topic, its match, recency and outcome factors. */
	final Role[] roles;

	final List<List<String>> matched;

	final double[] match;

	final double[] recency;

	final double[] outcome;

	/** Per candidate: the highest {@link ContactScore#bound} of its roles; its rank by person, collaboration id. */
	final double[] bound;

	final int[] nameRank;

	/** The candidates by bound, highest first; and by their score when unreachable, in the ranking's order. */
	final int[] byBound;

	final int[] byUnreachable;

	ContactCandidates(RegisterSnapshot s, int tier, int[] collab, int[] keyStart, double[] outcome, int[][] targets,
			int[][] targetOf, int[] roleStart, Role[] roles, List<List<String>> matched, double[] match, double[] recency) {
		this.tier = tier;
		this.collab = collab;
		this.keyStart = keyStart;
		this.outcome = outcome;
		this.targetStart = targets[0];
		this.targets = targets[1];
		this.targetOfStart = targetOf[0];
		this.targetOf = targetOf[1];
		this.roleStart = roleStart;
		this.roles = roles;
		this.matched = matched;
		this.match = match;
		this.recency = recency;
		int keys = roleStart.length - 1;
		this.keyCollab = new int[keys];
		for (int cc = 0; cc < collab.length; cc++) {
			java.util.Arrays.fill(keyCollab, keyStart[cc], keyStart[cc + 1], cc);
		}
		this.bound = new double[keys];
		for (int k = 0; k < keys; k++) {
			for (int r = roleStart[k]; r < roleStart[k + 1]; r++) {
				bound[k] = Math.max(bound[k], ContactScore.bound(match[r], outcome[r], recency[r]));
			}
		}
		this.nameRank = ranks(order(keys, Comparator.comparing((Integer k) -> roles[roleStart[k]].person())
			.thenComparing(k -> s.collabId(collab[keyCollab[k]]))));
		this.byBound = order(keys, Comparator.comparingDouble((Integer k) -> -bound[k]));
		double[] unreachable = new double[keys];
		for (int k = 0; k < keys; k++) {
			unreachable[k] = score(k, -1);
		}
		this.byUnreachable = order(keys,
				Comparator.comparingDouble((Integer k) -> -unreachable[k]).thenComparingInt(k -> nameRank[k]));
	}

	/** The candidates of {@code tier} for {@code topic} at {@code asOf}'s date, shared by every request on this snapshot. */
	static ContactCandidates of(AsOf asOf, String topic, int tier) {
		RegisterSnapshot s = asOf.snapshot();
		RecentlyUsed<Key, ContactCandidates> cache = s.derived(ContactCandidates.class, x -> new RecentlyUsed<>(KEEP));
		return cache.get(new Key(asOf.day(), topic, tier), () -> ContactCandidatesBuilder.build(s, asOf.day(), topic, tier));
	}

	int keyCount() {
		return keyCollab.length;
	}

	/** The candidate's score at {@code hops} (-1: unreachable): the highest of its roles'. */
	double score(int k, int hops) {
		double proximity = ContactScore.proximity(hops);
		double best = 0;
		for (int r = roleStart[k]; r < roleStart[k + 1]; r++) {
			best = Math.max(best, ContactScore.score(match[r], proximity, outcome[r], recency[r]));
		}
		return best;
	}

	/** The candidate's role that scores highest at {@code hops}, the first on ties. */
	int role(int k, int hops) {
		double proximity = ContactScore.proximity(hops);
		int best = -1;
		double bestScore = 0;
		for (int r = roleStart[k]; r < roleStart[k + 1]; r++) {
			double score = ContactScore.score(match[r], proximity, outcome[r], recency[r]);
			if (best < 0 || score > bestScore) {
				best = r;
				bestScore = score;
			}
		}
		return best;
	}

	private static int[] order(int n, Comparator<Integer> comparator) {
		return IntStream.range(0, n).boxed().sorted(comparator).mapToInt(Integer::intValue).toArray();
	}

	private static int[] ranks(int[] order) {
		int[] rank = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			rank[order[i]] = i;
		}
		return rank;
	}
}
