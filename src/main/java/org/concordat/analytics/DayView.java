package org.concordat.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * The network of one snapshot at one date, worked out whole: every collaboration's active members and every
 * force's active (and network) collaborations. Questions at that date then read lists instead of filtering
 * memberships again: at national scale that is the difference between about 100 µs and 10 µs for a question
 * about one force. It costs one pass over the memberships (tens of milliseconds) the first time a date is
 * asked, and a few megabytes; the last {@link #KEEP} dates of each snapshot are kept (today is the common one).
 */
final class DayView {

	static final int KEEP = 4;

	final int[][] members;

	final int[][] collabs;

	final int[][] networkCollabs;

	/** How many network collaborations each force has, in one contiguous array (read for every candidate). */
	final int[] networkCount;

	private DayView(int[][] members, int[][] collabs, int[][] networkCollabs) {
		this.members = members;
		this.collabs = collabs;
		this.networkCollabs = networkCollabs;
		this.networkCount = java.util.Arrays.stream(networkCollabs).mapToInt(c -> c.length).toArray();
	}

	static DayView of(AsOf.Raw raw, RegisterSnapshot s) {
		int[][] members = new int[s.collabCount()][];
		for (int c = 0; c < members.length; c++) {
			members[c] = raw.activeMembers(c);
		}
		int[][] collabs = new int[s.forceCount()][];
		int[][] network = new int[s.forceCount()][];
		for (int f = 0; f < collabs.length; f++) {
			int[][] both = raw.collabsOf(f);
			collabs[f] = both[0];
			network[f] = both[1];
		}
		return new DayView(members, collabs, network);
	}

	/** The views of one snapshot, by date and scope, the least recently used dropped first. */
	static final class Cache {

		private final Map<String, DayView> views = new LinkedHashMap<>(8, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, DayView> eldest) {
				return size() > KEEP;
			}
		};

		DayView get(String key, Supplier<DayView> compute) {
			synchronized (views) {
				DayView view = views.get(key);
				if (view != null) {
					return view;
				}
			}
			DayView view = compute.get(); // outside the lock: two first askers may both compute, one wins
			synchronized (views) {
				return views.computeIfAbsent(key, k -> view);
			}
		}
	}
}
