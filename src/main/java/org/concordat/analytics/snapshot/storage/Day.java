package org.concordat.analytics.snapshot.storage;

import java.time.LocalDate;

import org.concordat.entity.PartialDate;

/**
 * Dates in the snapshot are epoch days in an {@code int}: four bytes a date, compared with {@code <=}.
 * An absent lower bound (joined, started) is {@link #NEVER_BEFORE}; an absent upper bound (left, ended)
 * is {@link #OPEN}.
 */
public final class Day {

	public static final int NEVER_BEFORE = Integer.MIN_VALUE;

	public static final int OPEN = Integer.MAX_VALUE;

	private Day() {
	}

	public static int from(String partial) {
		LocalDate day = PartialDate.firstDay(partial);
		return day == null ? NEVER_BEFORE : (int) day.toEpochDay();
	}

	public static int until(String partial) {
		LocalDate day = PartialDate.firstDay(partial);
		return day == null ? OPEN : (int) day.toEpochDay();
	}

	public static int of(LocalDate day) {
		return (int) day.toEpochDay();
	}

	public static LocalDate toDate(int day) {
		return LocalDate.ofEpochDay(day);
	}
}
