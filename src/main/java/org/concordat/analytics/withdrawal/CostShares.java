package org.concordat.analytics.withdrawal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

import org.concordat.agreement.Pounds;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Who pays what after force F leaves collaboration C, for each remaining member g.
 *
 * <p>When every active member has a recorded share: after(g) = before(g) / (1 − share(F)), which keeps the
 * remaining members' proportions and, when the shares summed to 1, sums to 1 again. Otherwise, or when F paid
 * everything, equal shares are assumed: before = 1/n, after = 1/(n − 1), and {@code sharesAssumed} says so.
 * The extra annual cost of g is annualCost × (after − before), empty when the running cost is unknown.
 *
 * <p>A {@link Split} answers for any member by its position, so a national collaboration's thousands of
 * members are weighed without a record each; records are written only for the members an answer lists, and
 * where shares are assumed equal one record with no force stands for every remaining member.
 */
public final class CostShares {

	/** {@code force} pays {@code before} and {@code after}; with no force, what each remaining member pays. */
	public record Share(String force, double before, double after, Double extraAnnualCost) {
	}

	private CostShares() {
	}

	/** The shares of {@code collab}'s active members (positions as in {@link AsOf#members}) once {@code force} leaves. */
	static Split afterLeaving(AsOf asOf, int collab, int force) {
		int[] members = asOf.members(collab);
		Double annualCost = asOf.snapshot().collab(collab).cost();
		float[] recorded = firstActiveShares(asOf, collab, members);
		int leavingAt = Arrays.binarySearch(members, force);
		double leaving = leavingAt < 0 || recorded == null ? Double.NaN : recorded[leavingAt];
		boolean complete = recorded != null && leaving < 1;
		for (int i = 0; i < members.length && complete; i++) {
			complete = !Float.isNaN(recorded[i]);
		}
		return new Split(members.length, complete ? recorded : null, leaving, annualCost);
	}

	/** @param recorded each member's recorded share, or null when equal shares are assumed */
	record Split(int n, float[] recorded, double leaving, Double annualCost) {

		boolean sharesAssumed() {
			return recorded == null;
		}

		double before(int i) {
			return recorded != null ? recorded[i] : 1.0 / n;
		}

		double after(int i) {
			return recorded != null ? recorded[i] / (1 - leaving) : 1.0 / (n - 1);
		}

		Share share(String force, int i) {
			double before = before(i);
			double after = after(i);
			Double extra = annualCost == null ? null : Pounds.toPenny(annualCost * (after - before));
			return new Share(force, IndexLists.round(before), IndexLists.round(after), extra);
		}
	}

	/**
	 * Each active member's share, from its first active membership (as {@link AsOf#membership}), aligned with
	 * {@code members}; NaN where none is recorded; null when the collaboration records none (most do not, so
	 * which record any is known once a snapshot, and their memberships, thousands for a national one, are not
	 * walked). The withdrawal summary reads them too, to say why shares are assumed.
	 */
	public static float[] firstActiveShares(AsOf asOf, int collab, int[] members) {
		RegisterSnapshot s = asOf.snapshot();
		boolean none = members.length == 0 || !s.derived(CostShares.class, CostShares::recordingShares).get(collab);
		float[] first = null;
		int i = -1;
		for (int m = s.firstMembership(collab); m < s.endMembership(collab) && !none; m++) {
			// by force, as members are, so one member's memberships are together and i only moves on
			if (s.joined(m) <= asOf.day() && s.left(m) > asOf.day() && (i < 0 || s.memberForce(m) != members[i])) {
				i++;
				if (!Float.isNaN(s.share(m))) {
					if (first == null) {
						first = new float[members.length];
						Arrays.fill(first, Float.NaN);
					}
					first[i] = s.share(m);
				}
			}
		}
		return first;
	}

	/** The collaborations with a share recorded for any of their memberships. */
	private static BitSet recordingShares(RegisterSnapshot s) {
		return IntStream.range(0, s.collabCount()).filter(c -> IntStream.range(s.firstMembership(c), s.endMembership(c))
			.anyMatch(m -> !Float.isNaN(s.share(m)))).collect(BitSet::new, BitSet::set, BitSet::or);
	}
}
