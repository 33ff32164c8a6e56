package org.concordat.analytics;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * The co-membership network at D (the same lists as {@link AsOf#networkCollabsOf} and {@link AsOf#members}),
 * each list re-sorted by id instead of by index, in two compressed sparse rows: a force's network
 * collaborations in collaboration-id order, a network collaboration's active members in force-id order. A
 * breadth-first search that reads them in this order meets every vertex first through its smallest-id route
 * (see {@link ContactSearch}). Worked out once per date and scope, from the {@link DayView}, and kept with it
 * (built on first use: contacts ask for it); about 2 MB at national scale.
 */
final class IdOrderedNetwork {

	private final int[] collabStart;

	private final int[] collabs;

	private final int[] memberStart;

	private final int[] members;

	private final IdOrder order;

	private IdOrderedNetwork(int[] collabStart, int[] collabs, int[] memberStart, int[] members, IdOrder order) {
		this.collabStart = collabStart;
		this.collabs = collabs;
		this.memberStart = memberStart;
		this.members = members;
		this.order = order;
	}

	/** The network of {@code asOf}'s date and scope, shared by every request on this snapshot (kept with its day view). */
	static IdOrderedNetwork of(AsOf asOf) {
		return asOf.idOrderedNetwork();
	}

	static IdOrderedNetwork build(AsOf asOf) {
		RegisterSnapshot s = asOf.snapshot();
		IdOrder order = IdOrder.of(s);
		int[] collabStart = new int[s.forceCount() + 1];
		int[] memberStart = new int[s.collabCount() + 1];
		for (int f = 0; f < s.forceCount(); f++) {
			collabStart[f + 1] = collabStart[f] + asOf.networkCollabsOf(f).length;
		}
		for (int c = 0; c < s.collabCount(); c++) {
			memberStart[c + 1] = memberStart[c] + (asOf.inNetwork(c) ? asOf.members(c).length : 0);
		}
		int[] collabs = new int[collabStart[s.forceCount()]];
		for (int f = 0; f < s.forceCount(); f++) {
			order.sortCollabsInto(asOf.networkCollabsOf(f), collabs, collabStart[f]);
		}
		int[] members = new int[memberStart[s.collabCount()]];
		for (int c = 0; c < s.collabCount(); c++) {
			if (asOf.inNetwork(c)) {
				order.sortForcesInto(asOf.members(c), members, memberStart[c]);
			}
		}
		return new IdOrderedNetwork(collabStart, collabs, memberStart, members, order);
	}

	int collabsFrom(int f) {
		return collabStart[f];
	}

	int collabsTo(int f) {
		return collabStart[f + 1];
	}

	int collab(int i) {
		return collabs[i];
	}

	int membersFrom(int c) {
		return memberStart[c];
	}

	int membersTo(int c) {
		return memberStart[c + 1];
	}

	int member(int i) {
		return members[i];
	}

	/** The force's place in the ascending order of force ids. */
	int forceRank(int f) {
		return order.forceRank(f);
	}

	/** The collaboration's place in the ascending order of collaboration ids. */
	int collabRank(int c) {
		return order.collabRank(c);
	}
}
