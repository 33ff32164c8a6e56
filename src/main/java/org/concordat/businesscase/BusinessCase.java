package org.concordat.businesscase;

import java.time.LocalDate;
import java.util.List;

import org.concordat.agreement.Sourced;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.withdrawal.Cascade;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.analytics.withdrawal.UncertainEvent;
import org.concordat.analytics.withdrawal.WithdrawalImpact;

/**
 * The paper a force needs before serving notice to leave a collaboration, as of a date: when it can leave
 * ({@link Timing}), what leaving costs it ({@code bill}: contributions through the notice period, the exit cost
 * rule, stranded costs, each with its source or said to be unknown), what each remaining force pays more a year
 * ({@code remaining}), the functions lost, the collaborations put at risk, precedents with their £ and lessons,
 * whom to ask, and every assumption and unknown. A figure that cannot be worked out from what is recorded is
 * null, never filled in.
 */
public record BusinessCase(String summary, String force, String forceName, String collaboration,
		String collaborationName, LocalDate at, LocalDate notice, boolean notMember, boolean viable,
		List<String> membersAfter, Timing timing, String leavingShareBasis, Double leavingShare, List<BillItem> bill,
		Double billKnown, List<RemainingForce> remaining, List<WithdrawalImpact.FunctionsLost> functionsLost,
		List<Cascade.AtRisk> atRisk, List<Precedents.Precedent> precedents, List<ContactFinder.Contact> contacts,
		List<String> assumptions, List<String> unknowns, List<UncertainEvent> uncertain, SnapshotStamp snapshot) {

	/**
	 * When the force could leave if it served notice on {@code noticeServed}: {@code earliestExit} is that day
	 * plus the notice period, moved on to the first recorded break date or no earlier than a recorded earliest
	 * exit; {@code noticeDeadline} the last day notice can be served to leave at the first recorded break or
	 * earliest-exit date on or after {@code noticeServed} (null when none is recorded). Null where the notice
	 * period is not recorded.
	 */
	public record Timing(Sourced<Integer> noticePeriod, LocalDate noticeServed, LocalDate noticeDeadline,
			String deadlineFor, LocalDate earliestExit, String basis) {
	}

	/** One part of the leaving force's bill: its amount in GBP (null when unknown), how it was reached, its source. */
	public record BillItem(String item, Double amount, String basis, String source, String confidence) {
	}

	/**
	 * A force that remains: its share of the costs before and after (null when the recorded terms cannot give
	 * it), the extra £ a year it would pay under the budget of {@code budgetYear} (null when unknown).
	 */
	public record RemainingForce(String force, String name, Double shareBefore, Double shareAfter,
			Double extraPerYear, String budgetYear, String basis) {
	}
}
