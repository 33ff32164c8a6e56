package org.concordat.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The terms of a collaboration's agreement, each as a source states it ({@link Sourced}): the legal basis
 * ({@code s22A}, {@code s23} or {@code other}, the source's wording in its note), when it was signed, when its
 * review is due, the notice period in months, earliest exit or break dates, the exit terms as text and the exit
 * cost rule where one is recorded, the stranded costs a leaving force is to meet ({@code strandedCosts}: in GBP, or
 * stated to exist with the amount unknown, value absent), the notices of withdrawal served under it, how its governance is split
 * ({@code governance}, text such as "50:50") and how its staff are split between the forces ({@code staffing}: a
 * split of staff, which is not a cost share and never read as one). Dates are partial dates
 * ({@code 2018}, {@code 2018-10}, {@code 2018-10-01}). Anything not recorded is absent: never a default.
 */
public record AgreementTerms(Sourced<String> legalBasis, Sourced<String> signed, Sourced<String> reviewDue,
		Sourced<Integer> noticeMonths, List<ExitDate> exitDates, Sourced<String> exitTerms, ExitCostRule exitCost,
		Sourced<Double> strandedCosts, List<NoticeServed> noticesServed, Sourced<String> governance,
		List<StaffingShare> staffing) {

	public AgreementTerms {
		exitDates = exitDates == null ? List.of() : exitDates;
		noticesServed = noticesServed == null ? List.of() : noticesServed;
		staffing = staffing == null ? List.of() : staffing;
	}

	/** The terms of a document that gave only the old top-level {@code legalBasis}. */
	public static AgreementTerms ofLegalBasis(String legalBasis) {
		return new AgreementTerms(Sourced.of(legalBasis), null, null, null, null, null, null, null, null, null, null);
	}

	public AgreementTerms withLegalBasis(String basis) {
		return new AgreementTerms(Sourced.of(basis), signed, reviewDue, noticeMonths, exitDates, exitTerms, exitCost,
				strandedCosts, noticesServed, governance, staffing);
	}

	/** The canonical order of export: exit dates and notices by date. */
	public AgreementTerms sorted() {
		Comparator<String> byDate = Comparator.nullsFirst(Comparator.naturalOrder());
		return new AgreementTerms(legalBasis, signed, reviewDue, noticeMonths,
				exitDates.stream().sorted(Comparator.comparing(d -> d == null ? null : d.date(), byDate)).toList(),
				exitTerms, exitCost, strandedCosts,
				noticesServed.stream()
					.sorted(Comparator.comparing((NoticeServed n) -> n == null ? null : n.date(), byDate)
						.thenComparing(n -> n == null ? null : n.force(), byDate))
					.toList(),
				governance,
				staffing.stream().sorted(Comparator.comparing(x -> x == null ? null : x.force(), byDate)).toList());
	}

	/** Terms that record nothing at all are no terms. */
	public boolean recordsNothing() {
		return Objects.equals(this, new AgreementTerms(null, null, null, null, null, null, null, null, null, null, null));
	}

	/** An earliest exit or a break date ({@code kind} {@code earliest-exit} or {@code break}). */
	public record ExitDate(String date, String kind, String source, String confidence, String note) {
	}

	/**
	 * How the leaving force's exit cost is worked out, where the agreement records it: a fixed settlement
	 * ({@code kind} {@code fixed-settlement}, {@code amount} in GBP) or a share of stated liabilities
	 * ({@code share-of-liabilities}: {@code share} 0..1 of {@code liabilities} in GBP, each absent when not stated).
	 */
	public record ExitCostRule(String kind, Double amount, Double share, Double liabilities, String source,
			String confidence, String note) {

		public static final String FIXED = "fixed-settlement";

		public static final String SHARE_OF_LIABILITIES = "share-of-liabilities";

		/** The exit cost in GBP where the rule gives one: the fixed amount, or share × liabilities; else null. */
		public Double cost() {
			if (FIXED.equals(kind)) {
				return amount;
			}
			return SHARE_OF_LIABILITIES.equals(kind) && share != null && liabilities != null ? share * liabilities : null;
		}
	}

	/** A force's share of the collaboration's staff (0..1), as of {@code date}: staffing, not a cost share. */
	public record StaffingShare(String force, Double share, String date, String source, String confidence, String note) {
	}

	/** A notice of withdrawal served by {@code force} under the agreement, dated at the precision known. */
	public record NoticeServed(String force, String date, String source, String confidence, String note) {
	}
}
