package org.concordat.analytics.snapshot;

/**
 * The memberships of each force, in collaboration order ({@code of[start[f] .. start[f+1]-1]}), for
 * {@link RegisterSnapshot#membershipCountOf} and {@link RegisterSnapshot#membershipOf}. No question reads
 * them (the day view gathers a force's collaborations from the collaborations' member lists), so a snapshot
 * builds them on first use and keeps them from then on: about 2.6 bytes a membership at national scale.
 */
final class ByForce {

	private final int[] start;

	private final PackedInts of;

	ByForce(MembershipTable memberships, int forceCount) {
		int n = memberships.size();
		int[] force = new int[n];
		for (int m = 0; m < n; m++) {
			force[m] = memberships.force(m);
		}
		this.start = new int[forceCount + 1];
		int[] byForce = Indexes.byOwner(force, forceCount, start);
		this.of = PackedInts.of(byForce, byForce.length);
	}

	int countOf(int f) {
		return start[f + 1] - start[f];
	}

	int of(int f, int k) {
		return of.get(start[f] + k);
	}
}
