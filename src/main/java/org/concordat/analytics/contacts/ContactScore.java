package org.concordat.analytics.contacts;

import org.concordat.analytics.IndexLists;

import java.util.List;

import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * The factors of a contact's score (see {@link ContactFinder}): match · proximity · outcome · recency,
 * multiplied in that order and rounded to 1e-6. Only proximity depends on the force asking, through hops.
 *
 * <p>Every factor is positive and proximity falls as hops grow, and a product of positive doubles and the
 * rounding are both monotone, so a role's score at hops h is never above its score at any smaller hops:
 * score(h) ≥ score(h + 1) ≥ … ≥ score(unreachable) exactly, in floating point. And score(h) never exceeds
 * {@link #bound} · proximity(h) · (1 + 1e-9) + 1e-6 (the products differ from the exact one by a few units
 * in the last place, the rounding by at most 5e-7), which {@link ContactSearch} uses to skip whole tails of
 * candidates at once.
 */
final class ContactScore {

	private ContactScore() {
	}

	static final String TOPIC = "topic";

	static final String FUNCTION = "function";

	static final String LESSON = "lesson";

	/** How {@code role} matches {@code topic} at {@code day}: some of topic, function, lesson, in that order. */
	static List<String> matches(RegisterSnapshot s, Role role, String topic, int day) {
		int fn = s.function(topic);
		boolean lesson = s.lessonsOf(role.collab()).stream().anyMatch(l -> topic.equals(l.theme()) && s.lessonDay(l) <= day);
		return java.util.stream.Stream.of(role.topics().contains(topic) ? TOPIC : null,
				fn >= 0 && IndexLists.contains(s.collabFunctions(role.collab()), fn) ? FUNCTION : null, lesson ? LESSON : null)
			.filter(java.util.Objects::nonNull).toList();
	}

	/** 1.0 for the contact's own topic, 0.9 for a function, 0.8 for a lesson theme, +0.1 per further kind. */
	static double match(List<String> matched) {
		double base = matched.contains(TOPIC) ? 1.0 : matched.contains(FUNCTION) ? 0.9 : 0.8;
		return base + 0.1 * (matched.size() - 1);
	}

	/** 0.5 + 0.5 / (1 + hops); 0.5 when unreachable ({@code hops} < 0). */
	static double proximity(int hops) {
		return hops < 0 ? 0.5 : 0.5 + 0.5 / (1 + hops);
	}

	/**
	 * For the withdrawal theme, what the role went through while it ran, by {@code day}: 2 when its own force left
	 * the collaboration, 1.5 when the collaboration ended or lost another member, else 1.
	 */
	static double outcome(RegisterSnapshot s, Role role, String topic, int day) {
		int c = role.collab();
		int to = Math.min(role.to(), day);
		boolean withdrawal = "withdrawal".equals(topic);
		double outcome = withdrawal && s.collab(c).ended() >= role.from() && s.collab(c).ended() <= to ? 1.5 : 1;
		for (int m = s.firstMembership(c); withdrawal && m < s.endMembership(c); m++) {
			if (s.left(m) >= role.from() && s.left(m) <= to) {
				outcome = Math.max(outcome, s.forceId(s.memberForce(m)).equals(role.force()) ? 2 : 1.5);
			}
		}
		return outcome;
	}

	/**
	 * 1 when the role has done what is asked, else 0: for the withdrawal theme, its own force left the
	 * collaboration while it ran (outcome 2); for a function, its collaboration works in that function. The
	 * ranking puts tier 1 before tier 0 whatever the scores; hops do not change it.
	 */
	static int tier(List<String> matched, double outcome) {
		return outcome >= 2 || matched.contains(FUNCTION) ? 1 : 0;
	}

	/** 0.5 + 0.5 · exp(−years since the role ended / 10), an ongoing role ending at {@code day}. */
	static double recency(RegisterSnapshot s, Role role, int day) {
		int end = Math.min(Math.min(role.to(), s.collab(role.collab()).ended()), day);
		double years = (day - end) / 365.25;
		return 0.5 + 0.5 * Math.exp(-years / 10);
	}

	static double score(double match, double proximity, double outcome, double recency) {
		return IndexLists.round(match * proximity * outcome * recency);
	}

	/** match · outcome · recency: the score before proximity and rounding. */
	static double bound(double match, double outcome, double recency) {
		return match * outcome * recency;
	}

	/** Whether a score below this certainly ranks after {@code threshold}, whatever the rounding (see above). */
	static boolean certainlyBelow(double bound, double proximity, double threshold) {
		return bound * proximity * (1 + 1e-9) + 1e-6 < threshold;
	}
}
