package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.concordat.analytics.snapshot.Facts.Role;
import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Who force F should ask about a topic (a function or a lesson theme) at D: people who lead, or are
 * contacts for, a collaboration that existed by D and matches the topic by one of its functions, by the
 * theme of one of its lessons (dated by D), or by the contact's own topics.
 *
 * <p>{@code hops} is the fewest force-to-force steps in the co-membership graph at D from F to a force whose
 * membership of that collaboration began by D (0 when F is or was a member); {@code path} spells that route
 * as ids alternating force, collaboration, force, …, ending with the contact's collaboration, ties broken by
 * the smallest id; unreachable gives null and is listed after the reachable. The score multiplies
 * <ul>
 * <li>match: 1.0 for the contact's own topic, 0.9 for a function, 0.8 for a lesson theme, +0.1 for each
 * further kind of match;</li>
 * <li>proximity: 0.5 + 0.5 / (1 + hops), or 0.5 when unreachable;</li>
 * <li>outcome: 1.5 for the withdrawal theme when the collaboration ended or lost a member by D, else 1;</li>
 * <li>recency: 0.5 + 0.5 · exp(−years since the role ended / 10), an ongoing role ending at D.</li>
 * </ul>
 */
public final class ContactFinder {

	public record Contact(String person, String title, String rank, String force, String collaboration,
			List<String> matchedOn, Integer hops, List<String> path, double score) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	private final java.util.Map<Integer, int[]> formerMembers = new java.util.HashMap<>();

	public ContactFinder(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	public List<Contact> find(int force, String topic, int limit) {
		int[] fromF = CoMembershipBfs.distances(asOf, new int[] { force });
		Map<String, Contact> best = new LinkedHashMap<>();
		int fn = s.function(topic);
		// every role is looked at: its collaboration, dates and topics are read as columns, and the record
		// (with its decoded texts) is made only for the roles that match
		for (int r = 0; r < s.roles().size(); r++) {
			int c = s.roleCollab(r);
			if (s.roleFrom(r) > asOf.day() || s.collabStarted(c) > asOf.day()) {
				continue;
			}
			List<String> matched = matches(r, c, fn, topic);
			if (matched.isEmpty()) {
				continue;
			}
			Role role = s.roles().get(r);
			String collab = s.collabId(c);
			Integer hops = nearest(fromF, formerOrCurrentMembers(c));
			double score = Ids.round(match(matched) * proximity(hops) * outcome(c, topic) * recency(role));
			Contact contact = new Contact(role.person(), role.title(), role.rank(), role.force(), collab, matched,
					hops, null, score);
			best.merge(role.person() + "|" + collab, contact, (a, b) -> a.score() >= b.score() ? a : b);
		}
		List<Contact> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparing((Contact c) -> c.hops() == null)
			.thenComparing(Comparator.comparingDouble(Contact::score).reversed())
			.thenComparing(Contact::person).thenComparing(Contact::collaboration));
		return ranked.subList(0, Math.min(limit, ranked.size())).stream()
			.map(c -> c.hops() == null ? c : withPath(c, force))
			.toList();
	}

	/** How role {@code r} of collaboration {@code c} matches the topic ({@code fn}: the topic as a function, or -1). */
	private List<String> matches(int r, int c, int fn, String topic) {
		List<String> matched = new ArrayList<>(3);
		if (s.roleTopics(r).contains(topic)) {
			matched.add("topic");
		}
		if (fn >= 0 && Ids.contains(s.collabFunctions(c), fn)) {
			matched.add("function");
		}
		boolean lesson = false;
		for (int l : s.lessonsOf(c)) {
			int date = s.lessonDate(l);
			lesson |= topic.equals(s.lessonTheme(l)) && date <= asOf.day()
					&& date != org.concordat.analytics.snapshot.Day.NEVER_BEFORE;
		}
		if (lesson) {
			matched.add("lesson");
		}
		return matched;
	}

	/** Forces whose membership of {@code c} began by D (see {@link AsOf#wasMember}), ascending; one pass. */
	private int[] formerOrCurrentMembers(int c) {
		return formerMembers.computeIfAbsent(c, k -> {
			TreeSet<Integer> forces = new TreeSet<>();
			if (s.collabStarted(c) <= asOf.day()) {
				for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
					if (s.joined(m) <= asOf.day()) {
						forces.add(s.memberForce(m));
					}
				}
			}
			return forces.stream().mapToInt(Integer::intValue).toArray();
		});
	}

	private static Integer nearest(int[] dist, int[] targets) {
		int best = -1;
		for (int t : targets) {
			if (dist[t] >= 0 && (best < 0 || dist[t] < best)) {
				best = dist[t];
			}
		}
		return best < 0 ? null : best;
	}

	/** Walks from F towards the nearest former or current member, choosing the smallest ids at each step. */
	private Contact withPath(Contact c, int force) {
		int collab = s.collab(c.collaboration());
		// F is c.hops() away: the search from the targets need not go further than that
		int[] toTarget = CoMembershipBfs.distances(asOf, formerOrCurrentMembers(collab), c.hops());
		List<String> path = new ArrayList<>(List.of(s.forceId(force)));
		int u = force;
		while (toTarget[u] > 0) {
			int bestCollab = -1;
			int bestForce = -1;
			for (int via : asOf.networkCollabsOf(u)) {
				for (int v : asOf.members(via)) {
					if (toTarget[v] == toTarget[u] - 1 && better(via, v, bestCollab, bestForce)) {
						bestCollab = via;
						bestForce = v;
					}
				}
			}
			path.add(s.collabId(bestCollab));
			path.add(s.forceId(bestForce));
			u = bestForce;
		}
		path.add(c.collaboration());
		return new Contact(c.person(), c.title(), c.rank(), c.force(), c.collaboration(), c.matchedOn(), c.hops(),
				path, c.score());
	}

	private boolean better(int via, int v, int bestCollab, int bestForce) {
		if (bestCollab < 0) {
			return true;
		}
		int byCollab = s.compareCollabIds(via, bestCollab);
		return byCollab < 0 || byCollab == 0 && s.compareForceIds(v, bestForce) < 0;
	}

	private static double match(List<String> matched) {
		double base = matched.contains("topic") ? 1.0 : matched.contains("function") ? 0.9 : 0.8;
		return base + 0.1 * (matched.size() - 1);
	}

	private static double proximity(Integer hops) {
		return hops == null ? 0.5 : 0.5 + 0.5 / (1 + hops);
	}

	private double outcome(int c, String topic) {
		if (!"withdrawal".equals(topic)) {
			return 1;
		}
		boolean ended = s.collabEnded(c) <= asOf.day();
		boolean lostMember = false;
		for (int m = s.firstMembership(c); m < s.endMembership(c) && !lostMember; m++) {
			lostMember = s.left(m) <= asOf.day();
		}
		return ended || lostMember ? 1.5 : 1;
	}

	private double recency(Role role) {
		int end = Math.min(Math.min(role.to(), s.collabEnded(role.collab())), asOf.day());
		double years = (asOf.day() - end) / 365.25;
		return 0.5 + 0.5 * Math.exp(-years / 10);
	}
}
