package org.concordat.analytics.snapshot;

import java.util.Arrays;
import java.util.function.ToIntFunction;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;

/**
 * Memberships appended collaboration by collaboration: new ones from a collaboration record, or an older
 * table's block copied as it is (its forces, and its days by code), then packed into a {@link MembershipTable}.
 */
final class Memberships {

	private final MembershipTable old;

	private final int[] collabStart;

	private int collabs;

	private final PackedInts.Builder force;

	private final DayColumn.Builder joined;

	private final DayColumn.Builder left;

	private final PackedInts.Builder role;

	private float[] share;

	Memberships(MembershipTable old, int collabCount, int capacity) {
		this.old = old;
		collabStart = new int[collabCount + 1];
		force = new PackedInts.Builder(capacity);
		joined = new DayColumn.Builder(old == null ? null : old.joined, capacity);
		left = new DayColumn.Builder(old == null ? null : old.left, capacity);
		role = new PackedInts.Builder(capacity);
		share = new float[capacity];
	}

	void append(Collaboration collaboration, ToIntFunction<String> forceIndex) {
		for (Membership m : collaboration.members()) {
			int f = m.force() == null ? -1 : forceIndex.applyAsInt(m.force());
			if (f < 0) {
				continue; // the register's rules make this impossible; a stale event must not break the snapshot
			}
			int size = force.size();
			ensure(size + 1);
			force.add(f);
			joined.add(Day.from(m.joined()));
			left.add(Day.until(m.left()));
			role.add(switch (String.valueOf(m.role())) {
				case "host" -> RegisterSnapshot.HOST;
				case "lead" -> RegisterSnapshot.LEAD;
				default -> RegisterSnapshot.MEMBER;
			});
			share[size] = m.costShare() == null ? Float.NaN : m.costShare().floatValue();
		}
		collabStart[++collabs] = force.size();
	}

	void appendNone() {
		collabStart[++collabs] = force.size();
	}

	/** Copies the blocks of memberships of the old table's collaborations {@code c .. c+count-1}. */
	void copy(int c, int count) {
		int from = old.collabStart[c];
		int n = old.collabStart[c + count] - from;
		int size = force.size();
		ensure(size + n);
		force.copy(old.force, from, n);
		joined.copy(old.joined, from, n);
		left.copy(old.left, from, n);
		role.copy(old.role, from, n);
		old.sharesOf(c, count, share, size);
		for (int k = c; k < c + count; k++) {
			collabStart[++collabs] = size + old.collabStart[k + 1] - from;
		}
	}

	private void ensure(int capacity) {
		if (capacity > share.length) {
			share = Arrays.copyOf(share, Math.max(capacity, share.length + (share.length >> 1) + 16));
		}
	}

	MembershipTable build() {
		return new MembershipTable(collabStart, force.toArray(), joined.build(), left.build(), role.build(),
				share);
	}
}
