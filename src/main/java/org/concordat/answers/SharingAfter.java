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
 * forces that remain after the withdrawal ({@link SharingFormula}): the new shares and the same terms' shares
 * among all the members before, or the numbers the formula still needs and, labelled as such, an equal split as an
 * illustration. Collaborations that record shares per membership, or nothing, have none: the withdrawal answer's
 * own {@code costShare} rescales recorded shares, or its {@code equalShare} assumes equal ones, and
 * {@code sharesAssumed} says which. Where an agreement's terms exist they, not any per-member shares the register
 * also holds, are what the summary prices and the explorer's table shows: both read the figures here.
 *
 * @param sharesBefore the terms' shares among all the members before the withdrawal (the leaving force's
 *        included), by force; null when the terms give no shares after (a formula lacking numbers, or a partial
 *        list) or none before (a formula lacking the leaving force's numbers)
 * @param recomputed null when the remaining members are too many to be listed in the answer
 *        ({@code memberLimit}): the formula is not applied to part of them
 */
public record SharingAfter(String collaboration, String method, String source, String confidence, String note,
		Map<String, Double> sharesBefore, SharingFormula.Recomputed recomputed) {

	static List<SharingAfter> of(WithdrawalImpact.Answer impact, Map<String, RecordedAgreement> register) {
		List<SharingAfter> found = new ArrayList<>();
		for (WithdrawalImpact.Affected a : impact.collaborations()) {
			RecordedAgreement c = register.get(a.id());
			CostSharing sharing = c == null ? null : c.costSharing();
			if (sharing == null || CostSharing.RECORDED.equals(sharing.method())) {
				continue;
			}
			SharingFormula terms = new SharingFormula(sharing);
			boolean whole = a.membersAfter().size() == a.remainingCount();
			SharingFormula.Recomputed after = whole ? terms.among(a.membersAfter()) : null;
			Map<String, Double> before = after == null || after.shares() == null ? null
					: terms.among(allBefore(a, impact.force())).shares();
			found.add(new SharingAfter(a.id(), sharing.method(), sharing.source(), sharing.confidence(), sharing.note(),
					before, after));
		}
		return found;
	}

	/**
	 * Every member before, from a whole list of those after: the list before may stop one short of them all
	 * ({@code memberLimit} counts each list), the leaving force being the only one not after.
	 */
	private static List<String> allBefore(WithdrawalImpact.Affected a, String leaver) {
		if (a.membersBefore().size() == a.memberCount()) {
			return a.membersBefore();
		}
		List<String> all = new ArrayList<>(a.membersAfter());
		all.add(leaver);
		return all;
	}

	/** The recomputed shares, when the recorded terms give them. */
	boolean computed() {
		return recomputed != null && recomputed.shares() != null;
	}

	/** A formula lacking numbers among a whole list of those who remain: its equal split is only an illustration. */
	boolean illustrated() {
		return recomputed != null && recomputed.shares() == null;
	}

	/** Terms whose shares depend on who the members are (a formula) but were not worked out: the list is partial. */
	boolean unlisted() {
		return recomputed == null && !CostSharing.EQUAL.equals(method);
	}
}
