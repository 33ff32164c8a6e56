package org.concordat.analytics;

import java.util.ArrayList;
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

	public Answer afterLeaving(int collab, int force) {
		RegisterSnapshot s = asOf.snapshot();
		int[] members = asOf.members(collab);
		shares = firstActiveShares(collab);
		int n = members.length;
		double leaving = recordedShare(collab, force);
		boolean recorded = leaving < 1;
		for (int g : members) {
			recorded &= !Double.isNaN(recordedShare(collab, g));
		}
		Double annualCost = s.collab(collab).annualCost();
		List<Share> shares = new ArrayList<>();
		if (n < 2) {
			return new Answer(!recorded, shares);
		}
		for (int g : members) {
			if (g == force) {
				continue;
			}
			double before = recorded ? recordedShare(collab, g) : 1.0 / n;
			double after = recorded ? before / (1 - leaving) : 1.0 / (n - 1);
			Double extra = annualCost == null ? null : Math.round(annualCost * (after - before) * 100) / 100.0;
			shares.add(new Share(s.forceId(g), Ids.round(before), Ids.round(after), extra));
		}
		shares.sort(java.util.Comparator.comparing(Share::force));
		return new Answer(!recorded, shares);
	}

	/** Each member's share, from its first active membership (as {@link AsOf#membership}); one pass. */
	private java.util.Map<Integer, Float> shares;

	private java.util.Map<Integer, Float> firstActiveShares(int collab) {
		RegisterSnapshot s = asOf.snapshot();
		java.util.Map<Integer, Float> first = new java.util.HashMap<>();
		for (int m = s.firstMembership(collab); m < s.endMembership(collab); m++) {
			if (s.activeAt(m, asOf.day())) {
				first.putIfAbsent(s.memberForce(m), s.share(m));
			}
		}
		return first;
	}

	/** The share recorded on g's active membership, NaN when none is recorded. */
	private double recordedShare(int collab, int g) {
		Float share = shares.get(g);
		return share == null ? Double.NaN : share;
	}
}
