package org.concordat.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.concordat.agreement.CostSharing;
import org.concordat.agreement.SharingFormula;
import org.concordat.agreement.RecordedAgreement;
import org.concordat.analytics.withdrawal.WithdrawalImpact;

/**
 * An affected collaboration's recorded cost sharing ({@code formula} or {@code equal}) recomputed among the
 * forces that remain after the withdrawal ({@link SharingFormula}): the new shares, or the numbers the formula
 * still needs and, labelled as such, an equal split as an illustration. Collaborations that record shares per
 * membership, or nothing, have none: the withdrawal answer's own {@code costShare} rescales recorded shares, or
 * its {@code equalShare} assumes equal ones, and {@code sharesAssumed} says which.
 *
 * @param recomputed null when the remaining members are too many to be listed in the answer
 *        ({@code memberLimit}): the formula is not applied to part of them
 */
public record SharingAfter(String collaboration, String method, String source, String confidence, String note,
		SharingFormula.Recomputed recomputed) {

	static List<SharingAfter> of(WithdrawalImpact.Answer impact, Map<String, RecordedAgreement> register) {
		List<SharingAfter> found = new ArrayList<>();
		for (WithdrawalImpact.Affected a : impact.collaborations()) {
			RecordedAgreement c = register.get(a.id());
			CostSharing sharing = c == null ? null : c.costSharing();
			if (sharing == null || CostSharing.RECORDED.equals(sharing.method())) {
				continue;
			}
			boolean whole = a.membersAfter().size() == a.remainingCount();
			found.add(new SharingAfter(a.id(), sharing.method(), sharing.source(), sharing.confidence(), sharing.note(),
					whole ? new SharingFormula(sharing).among(a.membersAfter()) : null));
		}
		return found;
	}

	/** The recomputed shares, when the recorded terms give them. */
	boolean computed() {
		return recomputed != null && recomputed.shares() != null;
	}
}
