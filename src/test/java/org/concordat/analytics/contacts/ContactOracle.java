package org.concordat.analytics.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.contacts.ContactFinder.Contact;
import org.concordat.analytics.snapshot.storage.Collab;
import org.concordat.analytics.snapshot.storage.Day;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.Role;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The contact finder as it was first written, kept as the oracle the fast one ({@link ContactFinder}) must
 * equal: JGraphT's breadth-first search over the whole co-membership graph written out edge by edge, from F,
 * every matching role scored, the list sorted whole (tier first, then reachable, score, person, collaboration), then for each listed contact a second search from its
 * collaboration's targets and a walk from F choosing the smallest (collaboration id, force id) one step nearer
 * at each step.
 */
final class ContactOracle {

	private final AsOf asOf;

	private final RegisterSnapshot s;

	private final java.util.Map<Integer, int[]> formerMembers = new java.util.HashMap<>();

	private final Graph<Integer, DefaultEdge> coMembership;

	ContactOracle(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
		this.coMembership = Materialised.indexGraph(asOf);
	}

	/** Hops from the nearest of {@code sources} to every force, -1 where none reaches (JGraphT's search from each). */
	int[] distances(int[] sources) {
		int[] dist = new int[s.forceCount()];
		java.util.Arrays.fill(dist, -1);
		for (int source : sources) {
			var search = new BreadthFirstIterator<>(coMembership, source);
			while (search.hasNext()) {
				int v = search.next();
				if (dist[v] < 0 || search.getDepth(v) < dist[v]) {
					dist[v] = search.getDepth(v);
				}
			}
		}
		return dist;
	}

	List<Contact> find(int force, String topic, int limit) {
		int[] fromF = distances(new int[] { force });
		Map<String, Contact> best = new LinkedHashMap<>();
		for (Role role : s.roles()) {
			Collab collab = s.collab(role.collab());
			if (role.from() > asOf.day() || collab.started() > asOf.day()) {
				continue;
			}
			List<String> matched = matches(role, topic);
			if (matched.isEmpty()) {
				continue;
			}
			int[] targets = formerOrCurrentMembers(role.collab());
			Integer hops = nearest(fromF, targets);
			double score = IndexLists.round(match(matched) * proximity(hops) * outcome(role, topic) * recency(role));
			// tier 1: has done what is asked (its own force's withdrawal while the role ran; a collaboration in the function)
			int tier = outcome(role, topic) == 2 || matched.contains("function") ? 1 : 0;
			Contact contact = new Contact(role.person(), role.title(), role.rank(), role.force(), collab.id(), matched,
					hops, null, score, new ContactFinder.Parts(match(matched), proximity(hops), outcome(role, topic), recency(role), tier));
			best.merge(role.person() + "|" + collab.id(), contact, (a, b) -> a.parts().tier() > b.parts().tier()
					|| a.parts().tier() == b.parts().tier() && a.score() >= b.score() ? a : b);
		}
		List<Contact> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparing((Contact c) -> -c.parts().tier())
			.thenComparing((Contact c) -> c.hops() == null)
			.thenComparing(Comparator.comparingDouble(Contact::score).reversed())
			.thenComparing(Contact::person).thenComparing(Contact::collaboration));
		return ranked.subList(0, Math.min(limit, ranked.size())).stream()
			.map(c -> c.hops() == null ? c : withPath(c, force))
			.toList();
	}

	private List<String> matches(Role role, String topic) {
		List<String> matched = new ArrayList<>();
		if (role.topics().contains(topic)) {
			matched.add("topic");
		}
		int fn = s.function(topic);
		if (fn >= 0 && IndexLists.contains(s.collab(role.collab()).functions(), fn)) {
			matched.add("function");
		}
		boolean lesson = false;
		for (var fact : s.lessonsOf(role.collab())) {
			// a lesson counts from its date; an undated one from its collaboration's end, never while it runs
			int from = fact.date() != Day.NEVER_BEFORE ? fact.date() : s.collab(fact.collab()).ended();
			lesson |= topic.equals(fact.theme()) && from <= asOf.day();
		}
		if (lesson) {
			matched.add("lesson");
		}
		return matched;
	}

	/** Forces whose membership of {@code c} began by D (it may have ended since), ascending; one pass. */
	private int[] formerOrCurrentMembers(int c) {
		return formerMembers.computeIfAbsent(c, k -> {
			TreeSet<Integer> forces = new TreeSet<>();
			if (s.collab(c).started() <= asOf.day()) {
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
		int[] toTarget = distances(formerOrCurrentMembers(collab));
		List<String> path = new ArrayList<>(List.of(s.forceId(force)));
		int u = force;
		while (toTarget[u] > 0) {
			String bestCollab = null;
			int bestForce = -1;
			for (int via : asOf.networkCollabsOf(u)) {
				for (int v : asOf.members(via)) {
					if (toTarget[v] == toTarget[u] - 1 && better(via, v, bestCollab, bestForce)) {
						bestCollab = s.collab(via).id();
						bestForce = v;
					}
				}
			}
			path.add(bestCollab);
			path.add(s.forceId(bestForce));
			u = bestForce;
		}
		path.add(c.collaboration());
		return new Contact(c.person(), c.title(), c.rank(), c.force(), c.collaboration(), c.matchedOn(), c.hops(),
				path, c.score(), c.parts());
	}

	private boolean better(int via, int v, String bestCollab, int bestForce) {
		if (bestCollab == null) {
			return true;
		}
		int byCollab = s.collab(via).id().compareTo(bestCollab);
		return byCollab < 0 || byCollab == 0 && s.forceId(v).compareTo(s.forceId(bestForce)) < 0;
	}

	private static double match(List<String> matched) {
		double base = matched.contains("topic") ? 1.0 : matched.contains("function") ? 0.9 : 0.8;
		return base + 0.1 * (matched.size() - 1);
	}

	private static double proximity(Integer hops) {
		return hops == null ? 0.5 : 0.5 + 0.5 / (1 + hops);
	}

	/** 2 when the role's own force left while the role ran, 1.5 when the collaboration ended or lost another member. */
	private double outcome(Role role, String topic) {
		if (!"withdrawal".equals(topic)) {
			return 1;
		}
		int c = role.collab();
		boolean ownLeft = false;
		boolean other = false;
		for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
			boolean during = role.from() <= s.left(m) && s.left(m) <= role.to() && s.left(m) <= asOf.day();
			ownLeft |= during && s.forceId(s.memberForce(m)).equals(role.force());
			other |= during;
		}
		int ended = s.collab(c).ended();
		other |= role.from() <= ended && ended <= role.to() && ended <= asOf.day();
		return ownLeft ? 2 : other ? 1.5 : 1;
	}

	private double recency(Role role) {
		int end = Math.min(Math.min(role.to(), s.collab(role.collab()).ended()), asOf.day());
		double years = (asOf.day() - end) / 365.25;
		return 0.5 + 0.5 * Math.exp(-years / 10);
	}
}
