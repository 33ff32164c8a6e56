package org.concordat.analytics.contacts;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RecentlyUsed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Everything about the contacts of one tier ({@link ContactScore#tier}) for one topic at one date that does not
 * depend on the force asking, worked out once per snapshot, date, topic and tier and shared by every request:
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
 *
 * <p>Gathered in one pass over the roles and one over the candidate collaborations' memberships: the roles that
 * existed by D in a collaboration that existed by D and match the topic, grouped by person and collaboration
 * (register order kept within each), those groups by collaboration, and each candidate collaboration's targets
 * (forces whose membership began by D, once each) inverted by force. One tier at a time: a person and
 * collaboration belongs to the highest tier of its roles, and only its roles of that tier are kept (a role of a
 * lower tier can never be the one listed).
 */
final class ContactCandidates {

	private static final int KEEP = 128; // 64 questions (date and topic), two tiers each

	private record Key(int day, String topic, int tier) {
	}

	/** A role that matches the topic: how, its outcome factor and its tier. */
	private record Found(Role role, List<String> matched, double outcome, int tier) {
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

	/** The candidates of {@code tier} for {@code topic} at {@code day}. */
	private ContactCandidates(RegisterSnapshot s, int day, String topic, int tier) {
		this.tier = tier;
		Map<String, List<Found>> byKey = new LinkedHashMap<>();
		for (Role role : s.roles()) {
			if (role.from() > day || s.collab(role.collab()).started() > day) {
				continue;
			}
			List<String> matched = ContactScore.matches(s, role, topic, day);
			if (!matched.isEmpty()) {
				double outcome = ContactScore.outcome(s, role, topic, day);
				byKey.computeIfAbsent(role.person() + "|" + s.collabId(role.collab()), k -> new ArrayList<>())
					.add(new Found(role, matched, outcome, ContactScore.tier(matched, outcome)));
			}
		}
		Map<Integer, List<List<Found>>> byCollab = new LinkedHashMap<>();
		for (List<Found> key : byKey.values()) {
			if (key.stream().mapToInt(Found::tier).max().orElseThrow() == tier) {
				List<Found> ofTier = key.stream().filter(f -> f.tier() == tier).toList();
				byCollab.computeIfAbsent(ofTier.get(0).role().collab(), c -> new ArrayList<>()).add(ofTier);
			}
		}
		this.collab = byCollab.keySet().stream().mapToInt(Integer::intValue).toArray();
		int keys = byCollab.values().stream().mapToInt(List::size).sum();
		this.keyStart = new int[collab.length + 1];
		this.roleStart = new int[keys + 1];
		this.keyCollab = new int[keys];
		for (int cc = 0, k = 0; cc < collab.length; cc++) {
			for (List<Found> key : byCollab.get(collab[cc])) {
				keyCollab[k] = cc;
				roleStart[k + 1] = roleStart[k] + key.size();
				k++;
			}
			keyStart[cc + 1] = k;
		}
		List<Found> kept = byCollab.values().stream().flatMap(List::stream).flatMap(List::stream).toList();
		this.roles = kept.stream().map(Found::role).toArray(Role[]::new);
		this.matched = kept.stream().map(Found::matched).toList();
		this.match = kept.stream().mapToDouble(f -> ContactScore.match(f.matched())).toArray();
		this.recency = kept.stream().mapToDouble(f -> ContactScore.recency(s, f.role(), day)).toArray();
		this.outcome = kept.stream().mapToDouble(Found::outcome).toArray();
		this.targetStart = new int[collab.length + 1];
		this.targets = targets(s, day, collab, targetStart);
		this.targetOfStart = new int[s.forceCount() + 1];
		this.targetOf = inverted(s.forceCount(), targetStart, targets, targetOfStart);
		this.bound = new double[keys];
		for (int k = 0; k < keys; k++) {
			for (int r = roleStart[k]; r < roleStart[k + 1]; r++) {
				bound[k] = Math.max(bound[k], ContactScore.bound(match[r], outcome[r], recency[r]));
			}
		}
		this.nameRank = ranks(order(keys, Comparator.comparing((Integer k) -> roles[roleStart[k]].person())
			.thenComparing(k -> s.collabId(collab[keyCollab[k]]))));
		this.byBound = order(keys, Comparator.comparingDouble((Integer k) -> -bound[k]));
		double[] unreachable = IntStream.range(0, keys).mapToDouble(k -> score(k, -1)).toArray();
		this.byUnreachable = order(keys,
				Comparator.comparingDouble((Integer k) -> -unreachable[k]).thenComparingInt(k -> nameRank[k]));
	}

	/** The candidates of {@code tier} for {@code topic} at {@code asOf}'s date, shared by every request on this snapshot. */
	static ContactCandidates of(AsOf asOf, String topic, int tier) {
		RegisterSnapshot s = asOf.snapshot();
		RecentlyUsed<Key, ContactCandidates> cache = s.derived(ContactCandidates.class, x -> new RecentlyUsed<>(KEEP));
		return cache.get(new Key(asOf.day(), topic, tier), () -> new ContactCandidates(s, asOf.day(), topic, tier));
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

	/**
	 * Each candidate collaboration's targets, the forces whose membership of it began by D (once each, in
	 * membership order), in rows given by {@code start}.
	 */
	private static int[] targets(RegisterSnapshot s, int day, int[] collab, int[] start) {
		int[] last = new int[s.forceCount()];
		Arrays.fill(last, -1);
		int[] targets = new int[s.membershipCount()];
		int n = 0;
		for (int cc = 0; cc < collab.length; cc++) {
			start[cc] = n;
			for (int m = s.firstMembership(collab[cc]); m < s.endMembership(collab[cc]); m++) {
				int f = s.memberForce(m);
				if (s.joined(m) <= day && last[f] != cc) {
					last[f] = cc;
					targets[n++] = f;
				}
			}
		}
		start[collab.length] = n;
		return Arrays.copyOf(targets, n);
	}

	/** The same rows inverted: for each force, the candidate collaborations it is a target of, ascending. */
	private static int[] inverted(int forces, int[] start, int[] targets, int[] byForceStart) {
		for (int t : targets) {
			byForceStart[t + 1]++;
		}
		for (int f = 0; f < forces; f++) {
			byForceStart[f + 1] += byForceStart[f];
		}
		int[] next = Arrays.copyOf(byForceStart, forces);
		int[] byForce = new int[targets.length];
		for (int cc = 0; cc + 1 < start.length; cc++) {
			for (int i = start[cc]; i < start[cc + 1]; i++) {
				byForce[next[targets[i]]++] = cc;
			}
		}
		return byForce;
	}
}
