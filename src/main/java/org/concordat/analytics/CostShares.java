package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Who pays what after force F leaves collaboration C, for each remaining member g.
 *
 * <p>When every active member has a recorded share: after(g) = before(g) / (1 − share(F)), which keeps the
 * remaining members' proportions and, when the shares summed to 1, sums to 1 again. Otherwise, or when F paid
 * everything, equal shares are assumed: before = 1/n, after = 1/(n − 1), and {@code sharesAssumed} says so.
 * The extra annual cost of g is annualCost × (after − before), empty when the running cost is unknown.
 */
public final class CostShares {

	public record Share(String force, double before, double after, Double extraAnnualCost) {
	}

	public record Answer(boolean sharesAssumed, List<Share> shares) {
	}

	private final AsOf asOf;

	public CostShares(AsOf asOf) {
		this.asOf = asOf;
	}

	/**
	 * @param memberIds the ids of the collaboration's active members, in id order (the caller lists them too)
	 * @param byId the positions of those members in {@link AsOf#members}, in the same order
	 */
	Answer afterLeaving(int collab, int force, List<String> memberIds, int[] byId) {
		RegisterSnapshot s = asOf.snapshot();
		int[] members = asOf.members(collab);
		int n = members.length;
		float[] recordedShares = firstActiveShares(collab, members);
		int leavingAt = Arrays.binarySearch(members, force);
		double leaving = leavingAt < 0 ? Double.NaN : recordedShares[leavingAt];
		boolean recorded = leaving < 1;
		for (int i = 0; i < n && recorded; i++) {
			recorded = !Float.isNaN(recordedShares[i]);
		}
		Double annualCost = s.collab(collab).annualCost();
		List<Share> shares = new ArrayList<>();
		if (n < 2) {
			return new Answer(!recorded, shares);
		}
		for (int k = 0; k < byId.length; k++) {
			int i = byId[k];
			int g = members[i];
			if (g == force) {
				continue;
			}
			double before = recorded ? recordedShares[i] : 1.0 / n;
			double after = recorded ? before / (1 - leaving) : 1.0 / (n - 1);
			Double extra = annualCost == null ? null : Math.round(annualCost * (after - before) * 100) / 100.0;
			shares.add(new Share(memberIds.get(k), Ids.round(before), Ids.round(after), extra));
		}
		return new Answer(!recorded, shares);
	}

	/**
	 * Each active member's share, from its first active membership (as {@link AsOf#membership}), aligned with
	 * {@code members}; NaN where none is recorded. One pass, no boxing: a national collaboration has thousands.
	 */
	private float[] firstActiveShares(int collab, int[] members) {
		RegisterSnapshot s = asOf.snapshot();
		float[] first = new float[members.length];
		Arrays.fill(first, Float.NaN);
		if (!s.recordsShares(collab)) {
			return first; // most collaborations record none: no need to walk thousands of memberships
		}
		boolean[] seen = new boolean[members.length];
		for (int m = s.firstMembership(collab); m < s.endMembership(collab); m++) {
			if (s.activeAt(collab, m, asOf.day())) {
				int i = Arrays.binarySearch(members, s.memberForce(m));
				if (i >= 0 && !seen[i]) {
					seen[i] = true;
					first[i] = s.share(collab, m);
				}
			}
		}
		return first;
	}
}
