package org.concordat.analytics.snapshot.storage;

/** A figure recorded for a collaboration, {@code date} as written (a year, a month or a day). */
public record CollabFigure(String kind, double amount, String period, String date, String force, String source,
		String note, String confidence) {

	/** The first day of its date, or {@link Day#NEVER_BEFORE} when it is undated. */
	public int day() {
		return Day.from(date);
	}
}
