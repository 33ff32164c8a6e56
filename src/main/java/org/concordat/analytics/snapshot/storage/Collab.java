package org.concordat.analytics.snapshot.storage;

/**
 * A collaboration as the analytics see it. {@code started} and {@code ended} are epoch days ({@link Day}: the
 * first day on which each had certainly happened), {@code startedAsWritten} and {@code endedAsWritten} as recorded;
 * {@code annualCost} is NaN when not known; {@code functions} (ascending) and {@code dependsOn} are indexes
 * into the snapshot's functions and collaborations, shared with other records: never modify them. Its figures
 * are {@link RegisterSnapshot#figuresOf}.
 */
public record Collab(String id, String name, String kind, String scope, String status, int started, int ended,
		String startedAsWritten, String endedAsWritten, double annualCost, int[] functions, int[] dependsOn) {

	public boolean national() {
		return "national".equals(scope);
	}

	/** Active at {@code day}: not proposed, started on or before it, not ended by it. */
	public boolean activeAt(int day) {
		return started <= day && ended > day && !"proposed".equals(status);
	}

	/** The running cost a year, or null when not known. */
	public Double cost() {
		return Double.isNaN(annualCost) ? null : annualCost;
	}
}
