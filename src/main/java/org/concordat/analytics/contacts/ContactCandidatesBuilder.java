package org.concordat.analytics.contacts;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Gathers {@link ContactCandidates} in one pass over the roles and one over the candidate collaborations'
 * memberships: the roles that existed by D in a collaboration that existed by D and match the topic, grouped
 * by person and collaboration (register order kept within each), those groups by collaboration, and each
 * candidate collaboration's targets (forces whose membership began by D, once each) inverted by force.
 *
 * <p>One tier at a time ({@link ContactScore#tier}): a person and collaboration belongs to the highest tier of
 * its roles, and only its roles of that tier are kept (a role of a lower tier can never be the one listed).
 */
final class ContactCandidatesBuilder {

	private ContactCandidatesBuilder() {
	}

	static ContactCandidates build(RegisterSnapshot s, int day, String topic, int tier) {
		List<Role> found = new ArrayList<>();
		List<List<String>> foundMatched = new ArrayList<>();
		List<Double> foundOutcome = new ArrayList<>();
		Map<String, List<Integer>> byKey = new LinkedHashMap<>();
		for (Role role : s.roles()) {
			if (role.from() > day || s.collab(role.collab()).started() > day) {
				continue;
			}
			List<String> matched = ContactScore.matches(s, role, topic, day);
			if (!matched.isEmpty()) {
				byKey.computeIfAbsent(role.person() + "|" + s.collabId(role.collab()), k -> new ArrayList<>())
					.add(found.size());
				found.add(role);
				foundMatched.add(matched);
				foundOutcome.add(ContactScore.outcome(s, role, topic, day));
			}
		}
		Map<Integer, List<List<Integer>>> byCollab = new LinkedHashMap<>();
		int kept = 0;
		for (List<Integer> key : byKey.values()) {
			int highest = key.stream().mapToInt(i -> ContactScore.tier(foundMatched.get(i), foundOutcome.get(i)))
				.max().orElseThrow();
			if (highest == tier) {
				List<Integer> ofTier = key.stream()
					.filter(i -> ContactScore.tier(foundMatched.get(i), foundOutcome.get(i)) == tier).toList();
				byCollab.computeIfAbsent(found.get(ofTier.get(0)).collab(), c -> new ArrayList<>()).add(ofTier);
				kept += ofTier.size();
			}
		}
		int[] collab = new int[byCollab.size()];
		int[] keyStart = new int[collab.length + 1];
		int[] roleStart = new int[byCollab.values().stream().mapToInt(List::size).sum() + 1];
		Role[] roles = new Role[kept];
		List<List<String>> matched = new ArrayList<>(kept);
		double[] match = new double[kept];
		double[] recency = new double[kept];
		double[] outcome = new double[kept];
		int cc = 0;
		int k = 0;
		int r = 0;
		for (var entry : byCollab.entrySet()) {
			collab[cc] = entry.getKey();
			for (List<Integer> key : entry.getValue()) {
				for (int i : key) {
					roles[r] = found.get(i);
					matched.add(foundMatched.get(i));
					match[r] = ContactScore.match(foundMatched.get(i));
					recency[r] = ContactScore.recency(s, roles[r], day);
					outcome[r] = foundOutcome.get(i);
					r++;
				}
				roleStart[++k] = r;
			}
			keyStart[++cc] = k;
		}
		int[] targetStart = new int[collab.length + 1];
		int[] targets = targets(s, day, collab, targetStart);
		int[] byForceStart = new int[s.forceCount() + 1];
		int[] byForce = inverted(s.forceCount(), targetStart, targets, byForceStart);
		return new ContactCandidates(s, tier, collab, keyStart, outcome, new int[][] { targetStart, targets },
				new int[][] { byForceStart, byForce }, roleStart, roles, List.copyOf(matched), match, recency);
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
