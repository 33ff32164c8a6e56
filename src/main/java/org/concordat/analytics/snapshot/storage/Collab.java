package org.concordat.analytics.snapshot.storage;

/**
 * A collaboration as the analytics see it. {@code started} and {@code ended} are epoch days ({@link Day}: the
 * first day on which each had certainly happened), recorded to {@code startedPrecision} and
 * {@code endedPrecision} ({@link Day#precision}), which give the dates as written back ({@link #startedAsWritten});
 * {@code annualCost} is NaN when not known; {@code functions} (ascending) and {@code dependsOn} are indexes
 * into the snapshot's functions and collaborations, shared with other records: never modify them. Its figures
 * are {@link RegisterSnapshot#figuresOf}.
 *
 * <p>Kind, scope and status are one {@link Labels} record, kept once for every collaboration that has the same
 * three: a register has a few dozen such combinations, and one reference instead of three keeps this record at
 * 56 bytes with the two precisions (docs/analytics.md, "How it works").
 */
public record Collab(String id, String name, Labels labels, int started, int ended, byte startedPrecision,
		byte endedPrecision, double annualCost, int[] functions, int[] dependsOn) {

	/** A collaboration's kind, scope and status. */
	public record Labels(String kind, String scope, String status) {
	}

	public String kind() {
		return labels.kind();
	}

	public String scope() {
		return labels.scope();
	}

	public String status() {
		return labels.status();
	}

	/** The start as the register records it ({@code 2018}, {@code 2018-05} or {@code 2018-05-01}), or null. */
	public String startedAsWritten() {
		return started == Day.NEVER_BEFORE ? null : Day.written(started, startedPrecision);
	}

	/** The end as the register records it, or null while it lasts. */
	public String endedAsWritten() {
		return ended == Day.OPEN ? null : Day.written(ended, endedPrecision);
	}

	public boolean national() {
		return "national".equals(scope());
	}

	/** Active at {@code day}: not proposed, started on or before it, not ended by it. */
	public boolean activeAt(int day) {
		return started <= day && ended > day && !"proposed".equals(status());
	}

	/** The running cost a year, or null when not known. */
	public Double cost() {
		return Double.isNaN(annualCost) ? null : annualCost;
	}
}
