package org.concordat.analytics.withdrawal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RecentlyUsed;
import org.concordat.analytics.snapshot.storage.Day;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * An event recorded only to a year or a month whose period holds the date asked, or a leaving whose date is not
 * known ({@link Day#UNKNOWN}) asked before its collaboration's end: it may already have happened or not. Every computation counts it as not yet happened ({@link Day}); the answer lists it so that a reader
 * knows which part of the answer could change: "Lancashire left North West Motorway Police Group: recorded as
 * 2018, may already have happened".
 *
 * @param force the force that joined or left, null for a collaboration's own start or end
 * @param event {@code joined}, {@code left}, {@code started} or {@code ended}
 * @param recorded the date as the register records it, null when no date is recorded
 */
public record UncertainEvent(String collaboration, String force, String event, String recorded, String note) {

	/** How many uncertain events the answers without a page of them (health, before signing, …) list at most. */
	public static final int LIMIT = 50;

	/**
	 * An uncertain event found, not yet in words: an answer words only those it lists. Two are equal exactly when
	 * their words would be.
	 */
	record Found(int c, int force, String event, String recorded) {

		UncertainEvent words(RegisterSnapshot s) {
			String who = force < 0 ? s.collab(c).name() : s.forceProfile(force).name() + " " + event + " " + s.collab(c).name();
			String what = force < 0 ? who + " " + event : who;
			return new UncertainEvent(s.collabId(c), force < 0 ? null : s.forceId(force), event, recorded,
					what + (recorded == null ? ": on a date not recorded" : ": recorded as " + recorded)
							+ ", may already have happened; counted as not yet");
		}
	}

	/** The first {@code limit} of {@link #found}, in words. */
	public static List<UncertainEvent> of(AsOf asOf, int[] affected, int limit) {
		return found(asOf, affected, limit).stream().map(f -> f.words(asOf.snapshot())).toList();
	}

	/**
	 * The uncertain events at D of collaborations {@code affected} (its own end, its members' joining and
	 * leaving), at most {@code limit}, in collaboration then membership order. A collaboration whose start is
	 * uncertain at D is not active at D, so it is never among them. Each collaboration's are found once a date and
	 * kept with the snapshot (for the collaborations asked about, at the last {@link Precedents#DATES_KEPT} dates): a
	 * national collaboration has thousands of memberships, and walking them for every question was about a sixth of
	 * a withdrawal's work (docs/scaling.md).
	 */
	static List<Found> found(AsOf asOf, int[] affected, int limit) {
		RegisterSnapshot s = asOf.snapshot();
		Map<Integer, List<Found>> byCollab = s.derived(UncertainEvent.class,
				x -> new RecentlyUsed<Integer, Map<Integer, List<Found>>>(Precedents.DATES_KEPT)).get(asOf.day(), ConcurrentHashMap::new);
		List<Found> found = new ArrayList<>();
		for (int c : affected) {
			List<Found> of = byCollab.computeIfAbsent(c, k -> foundIn(s, c, asOf.day()));
			found.addAll(of.subList(0, Math.min(of.size(), Math.max(0, limit - found.size()))));
		}
		return found;
	}

	private static List<Found> foundIn(RegisterSnapshot s, int c, int d) {
		List<Found> found = new ArrayList<>();
		byte ended = s.collab(c).endedPrecision();
		if (Day.uncertainAt(s.collab(c).ended(), ended, d)) {
			found.add(new Found(c, -1, "ended", Day.written(s.collab(c).ended(), ended)));
		}
		for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
			if (Day.uncertainAt(s.joined(m), s.joinedPrecision(m), d) && s.left(m) > d) {
				found.add(new Found(c, s.memberForce(m), "joined", Day.written(s.joined(m), s.joinedPrecision(m))));
			}
			else if (s.joined(m) <= d && Day.uncertainAt(s.left(m), s.leftPrecision(m), d)) {
				found.add(new Found(c, s.memberForce(m), "left", Day.written(s.left(m), s.leftPrecision(m))));
			}
		}
		return List.copyOf(found);
	}
}
