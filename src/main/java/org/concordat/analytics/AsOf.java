package org.concordat.analytics;

import java.time.LocalDate;
import java.util.Arrays;

import org.concordat.analytics.snapshot.Day;
import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * The register as of one date: which memberships are active at D, and which collaborations make up the
 * network. Nothing dated after D is visible through it. Member lists are worked out per collaboration on
 * first use, so a question about one force touches only its neighbourhood.
 *
 * <p>Collaborations of scope {@code national} (every force is in them) are part of the network only when
 * {@code includeNational}; they still count wherever a question asks for every active membership.
 */
public final class AsOf {

	private static final int[] NONE = new int[0];

	private final RegisterSnapshot snapshot;

	private final int day;

	private final LocalDate date;

	private final boolean includeNational;

	private DayView view;

	public AsOf(RegisterSnapshot snapshot, LocalDate date, boolean includeNational) {
		this.snapshot = snapshot;
		this.date = date;
		this.day = Day.of(date);
		this.includeNational = includeNational;
	}

	public RegisterSnapshot snapshot() {
		return snapshot;
	}

	public int day() {
		return day;
	}

	public LocalDate date() {
		return date;
	}

	public boolean includeNational() {
		return includeNational;
	}

	public boolean active(int c) {
		return snapshot.collabActiveAt(c, day);
	}

	/** Active, and part of the network (national ones only when included). */
	public boolean inNetwork(int c) {
		return active(c) && (includeNational || !snapshot.national(c));
	}

	/** The distinct forces with a membership of {@code c} active at D, ascending by index. */
	public int[] members(int c) {
		return view().members[c];
	}

	/** The whole network at D, shared by every question at this date on this snapshot (see {@link DayView}). */
	private DayView view() {
		if (view == null) {
			// the views of one snapshot, by date and scope, the least recently used dropped first
			RecentlyUsed<String, DayView> views = snapshot.derived(DayView.class, s -> new RecentlyUsed<>(DayView.KEEP));
			view = views.get(day + "|" + includeNational, () -> DayView.of(new Raw(), snapshot));
		}
		return view;
	}

	/** The network at D with every list in id order (see {@link IdOrderedNetwork}), kept with the day view. */
	IdOrderedNetwork idOrderedNetwork() {
		return view().idOrdered(this);
	}

	/** How many collaborations of {@code f} are part of the network at D. */
	public int networkCollabCount(int f) {
		return view().networkCount[f];
	}

	// Plain loops rather than streams: these run for every collaboration of the network in whole-network
	// questions, and at national scale the difference is tens of milliseconds a request.
	private int[] activeMembers(int c) {
		int from = snapshot.firstMembership(c);
		int to = snapshot.endMembership(c);
		int[] found = new int[to - from];
		int n = 0;
		for (int m = from; m < to; m++) {
			if (snapshot.joined(m) <= day && snapshot.left(m) > day) {
				found[n++] = snapshot.memberForce(m);
			}
		}
		return n == 0 ? NONE : sortedDistinct(found, n);
	}

	/** The collaborations force {@code f} is an active member of at D (national ones too), ascending. */
	public int[] collabsOf(int f) {
		return view().collabs[f];
	}

	/** The collaborations of {@code f} that are part of the network at D. */
	public int[] networkCollabsOf(int f) {
		return view().networkCollabs[f];
	}

	/** Works the lists out from the memberships; only {@link DayView} calls it, once per date. */
	final class Raw {

		int[] activeMembers(int c) {
			return active(c) ? AsOf.this.activeMembers(c) : NONE;
		}

		boolean inNetwork(int c) {
			return AsOf.this.inNetwork(c);
		}
	}

	private static int[] sortedDistinct(int[] values, int n) {
		Arrays.sort(values, 0, n);
		int k = 0;
		for (int i = 0; i < n; i++) {
			if (k == 0 || values[k - 1] != values[i]) {
				values[k++] = values[i];
			}
		}
		return k == values.length ? values : Arrays.copyOf(values, k);
	}

	/** The active membership of {@code f} in {@code c} at D, or -1. */
	public int membership(int f, int c) {
		for (int m = snapshot.firstMembership(c); m < snapshot.endMembership(c); m++) {
			if (snapshot.memberForce(m) == f && snapshot.activeAt(c, m, day)) {
				return m;
			}
		}
		return -1;
	}

	public boolean present(int f) {
		return snapshot.forceId(f) != null;
	}
}
