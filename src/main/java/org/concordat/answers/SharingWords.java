package org.concordat.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.agreement.CostSharing;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.CostShares;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.withdrawal.WithdrawalImpact.Affected;
import org.concordat.words.Words;

/**
 * What the withdrawal summary says of the cost shares after a withdrawal: for one collaboration, what is known
 * and what is assumed (equal shares are "assumed" only where recorded ones cannot be rescaled, saying why; a
 * formula whose numbers are missing gives an equal split labelled an illustration); for many, how many of each.
 */
final class SharingWords {

	private final Names names;

	/** The view the answer was worked out on: the shares are read as the answer read them. */
	private final AsOf asOf;

	private final Map<String, RecordedAgreement> register;

	SharingWords(AsOf asOf, Names names, Map<String, RecordedAgreement> register) {
		this.asOf = asOf;
		this.names = names;
		this.register = register;
	}

	/** The recomputed sharing of collaboration {@code id}, or null where its agreement records no terms. */
	static SharingAfter find(List<SharingAfter> sharing, String id) {
		for (SharingAfter s : sharing) {
			if (s.collaboration().equals(id)) {
				return s;
			}
		}
		return null;
	}

	/** The shares of the members who remain in {@code c} once {@code leaver} has gone. */
	String of(Affected c, SharingAfter after, String leaver) {
		if (c.remainingCount() == 0) {
			return "no member would remain to share its costs";
		}
		String equal = equalSplit(c);
		// equal terms need no list of the members: 1/n to 1/(n − 1), however many the answer lists
		if (after != null && CostSharing.EQUAL.equals(after.method())) {
			return "its agreement shares costs equally, so each remaining member's share goes " + equal;
		}
		if (after != null && after.computed()) {
			Map<String, Double> shares = after.recomputed().shares();
			// a regional unit's few stayers are named; a national one's hundreds are in costSharing, not the sentence
			List<String> named = new ArrayList<>(shares.entrySet().stream().limit(shares.size() > 6 ? 5 : 6)
				.map(e -> names.force(e.getKey()) + " " + Words.percent(e.getValue())).toList());
			if (named.size() < shares.size()) {
				named.add((shares.size() - named.size()) + " more (listed in costSharing)");
			}
			return "its recorded formula (" + after.recomputed().formula() + ") gives the remaining members' shares: "
					+ Words.and(named)
					+ (after.sharesBefore() == null ? " (but not their shares before, for want of " + names.force(leaver)
							+ "'s numbers, so no extra £ are given)" : "");
		}
		if (after != null && after.unlisted()) {
			return "its costs are split by a formula (" + Words.and(weights(c.id())) + "), which is worked out only when "
					+ "every remaining member is listed (memberLimit; " + c.membersAfter().size() + " of "
					+ c.remainingCount() + " are), so no new shares are given";
		}
		if (after != null) {
			List<String> weights = weights(c.id());
			int missing = after.recomputed().missing().size();
			return "its costs are split by a formula (" + Words.and(weights) + ") but " + missing + " of the numbers it "
					+ "needs are not recorded (listed in costSharing), so no new shares are given; an equal split ("
					+ equal + ") is shown only as an illustration";
		}
		if (!c.sharesAssumed()) {
			return "the members' recorded cost shares are rescaled among those who remain ("
					+ Words.and(c.costShare().stream().limit(3)
						.map(s -> names.force(s.force()) + " " + Words.percents(s.before(), s.after()))
						.toList())
					+ (c.costShare().size() > 3 ? ", …" : "") + ")";
		}
		// the shares CostShares reads, those of the members at the date (a past membership's share is none of theirs)
		RegisterSnapshot snapshot = asOf.snapshot();
		int collab = snapshot.collab(c.id());
		int[] members = collab < 0 ? new int[0] : asOf.members(collab);
		float[] recorded = members.length == 0 ? null : CostShares.firstActiveShares(asOf, collab, members);
		if (leaverPaysAll(members, recorded, snapshot.force(leaver))) {
			return "every member's cost share is recorded but " + names.force(leaver) + " pays all of the costs, so the "
					+ "recorded shares cannot be rescaled among those who remain and shares are assumed equal (" + equal + ")";
		}
		return (recorded != null ? "cost shares are recorded for only some members, so" : "no cost sharing is recorded, so")
				+ " shares are assumed equal (" + equal + ")";
	}

	/** For a force leaving several collaborations: in how many the shares are assumed, rescaled or the terms'. */
	String ofAll(WithdrawalImpact.Answer a, List<SharingAfter> sharing) {
		int rescaled = 0;
		int byTerms = 0;
		int illustrated = 0;
		int unlisted = 0;
		int assumed = 0;
		for (Affected c : a.collaborations()) {
			SharingAfter after = find(sharing, c.id());
			if (after != null && (after.computed() || CostSharing.EQUAL.equals(after.method()))) {
				byTerms++;
			}
			else if (after != null && after.unlisted()) {
				unlisted++;
			}
			else if (after != null) {
				illustrated++;
			}
			else if (!c.sharesAssumed()) {
				rescaled++;
			}
			else {
				assumed++;
			}
		}
		List<String> parts = new ArrayList<>();
		if (assumed > 0) {
			parts.add("shares are assumed equal in " + assumed + ", where no cost sharing that can be rescaled is recorded");
		}
		if (rescaled > 0) {
			parts.add("recorded shares are rescaled in " + rescaled);
		}
		if (byTerms > 0) {
			parts.add("the recorded formula or equal-share terms give the new shares in " + byTerms);
		}
		if (illustrated > 0) {
			parts.add(illustrated + " split costs by a formula whose numbers are not all recorded (an equal split shown as "
					+ "an illustration only)");
		}
		if (unlisted > 0) {
			parts.add(unlisted + " split costs by a formula not worked out because not all their remaining members are "
					+ "listed (memberLimit)");
		}
		return String.join(", ", parts);
	}

	/**
	 * Whether every member has a recorded share ({@code recorded}, aligned with {@code members}) and {@code leaver}'s
	 * is all of the costs: the other reason, beside a share missing, that {@link CostShares} cannot rescale the
	 * recorded shares and assumes equal ones.
	 */
	private static boolean leaverPaysAll(int[] members, float[] recorded, int leaver) {
		int leaving = Arrays.binarySearch(members, leaver);
		if (recorded == null || leaving < 0 || !(recorded[leaving] >= 1)) {
			return false;
		}
		for (float share : recorded) {
			if (Float.isNaN(share)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "25% to 33.3% each": the answer's own equal split, or, where shares are recorded per member (so the answer has
	 * none) but the agreement says equal shares or its formula lacks numbers, the equal split of the members' count,
	 * 1/n to 1/(n − 1): no recorded member's share stands for the others'.
	 */
	private static String equalSplit(Affected c) {
		if (c.equalShare() != null) {
			return Words.percents(c.equalShare().before(), c.equalShare().after()) + " each";
		}
		if (c.remainingCount() == 0) {
			return "none remaining";
		}
		return Words.percents(1.0 / c.memberCount(), 1.0 / c.remainingCount()) + " each";
	}

	private List<String> weights(String id) {
		RecordedAgreement rc = register.get(id);
		return rc == null || rc.costSharing() == null ? List.of()
				: rc.costSharing().weights().stream().filter(Objects::nonNull).map(CostSharing.Weight::name).toList();
	}
}
