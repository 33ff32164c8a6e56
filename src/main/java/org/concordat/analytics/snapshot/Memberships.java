package org.concordat.analytics.snapshot;

import java.util.Arrays;
import java.util.Map;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;

/** Growable parallel arrays of memberships, appended collaboration by collaboration. */
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

	void append(Collaboration collaboration, Map<String, Integer> forceIndex) {
		for (Membership m : collaboration.members()) {
			Integer f = forceIndex.get(m.force());
			if (f == null) {
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
	void copy(RegisterSnapshot old, int c) {
		int from = old.collabStart[c];
		int n = old.collabStart[c + 1] - from;
		ensure(size + n);
		System.arraycopy(old.mForce, from, force, size, n);
		System.arraycopy(old.mJoined, from, joined, size, n);
		System.arraycopy(old.mLeft, from, left, size, n);
		System.arraycopy(old.mRole, from, role, size, n);
		System.arraycopy(old.mShare, from, share, size, n);
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

	int[] collabStart() {
		return collabStart;
	}

	int[] force() {
		return Arrays.copyOf(force, size);
	}

	int[] joined() {
		return Arrays.copyOf(joined, size);
	}

	int[] left() {
		return Arrays.copyOf(left, size);
	}

	byte[] role() {
		return Arrays.copyOf(role, size);
	}

	float[] share() {
		return Arrays.copyOf(share, size);
	}
}
