package org.concordat.analytics.snapshot;

import java.util.Arrays;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;

/** Growable parallel arrays of memberships, appended collaboration by collaboration, then packed. */
final class Memberships {

	private final int[] collabStart;

	private int collabs;

	private int size;

	private int[] force;

	private int[] joined;

	private int[] left;

	private byte[] role;

	private float[] share;

	Memberships(int collabCount, int capacity) {
		collabStart = new int[collabCount + 1];
		force = new int[capacity];
		joined = new int[capacity];
		left = new int[capacity];
		role = new byte[capacity];
		share = new float[capacity];
	}

	void append(Collaboration collaboration, java.util.function.ToIntFunction<String> forceIndex) {
		for (Membership m : collaboration.members()) {
			int f = m.force() == null ? -1 : forceIndex.applyAsInt(m.force());
			if (f < 0) {
				continue; // the register's rules make this impossible; a stale event must not break the snapshot
			}
			ensure(size + 1);
			force[size] = f;
			joined[size] = Day.from(m.joined());
			left[size] = Day.until(m.left());
			role[size] = switch (String.valueOf(m.role())) {
				case "host" -> RegisterSnapshot.HOST;
				case "lead" -> RegisterSnapshot.LEAD;
				default -> RegisterSnapshot.MEMBER;
			};
			share[size] = m.costShare() == null ? Float.NaN : m.costShare().floatValue();
			size++;
		}
		collabStart[++collabs] = size;
	}

	void appendNone() {
		collabStart[++collabs] = size;
	}

	/** Copies collaboration {@code c}'s block of memberships from an older snapshot. */
	void copy(MembershipTable old, int c) {
		int from = old.collabStart[c];
		int n = old.collabStart[c + 1] - from;
		ensure(size + n);
		for (int k = 0; k < n; k++) {
			force[size + k] = old.force(from + k);
			joined[size + k] = old.joined(from + k);
			left[size + k] = old.left(from + k);
			role[size + k] = old.role(from + k);
		}
		old.sharesOf(c, share, size);
		size += n;
		collabStart[++collabs] = size;
	}

	private void ensure(int capacity) {
		if (capacity > force.length) {
			int grown = Math.max(capacity, force.length + (force.length >> 1) + 16);
			force = Arrays.copyOf(force, grown);
			joined = Arrays.copyOf(joined, grown);
			left = Arrays.copyOf(left, grown);
			role = Arrays.copyOf(role, grown);
			share = Arrays.copyOf(share, grown);
		}
	}

	MembershipTable build(int forceCount) {
		return new MembershipTable(collabStart, Arrays.copyOf(force, size), DayColumn.of(joined, size),
				DayColumn.of(left, size), Arrays.copyOf(role, size), share, forceCount);
	}
}
