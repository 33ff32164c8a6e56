package org.concordat.analytics.snapshot.storage;

import java.time.LocalDate;

import org.concordat.entity.PartialDate;

/**
 * Dates in the snapshot are epoch days in an {@code int}: four bytes a date, compared with {@code <=}.
 * An absent lower bound (joined, started) is {@link #NEVER_BEFORE}; an absent upper bound (left, ended)
 * is {@link #OPEN}.
 *
 * <p>A date is stored as the first day on which the event has certainly happened. For a full date that is the
 * date; for one known only to a year or a month ({@code 2018}, {@code 2018-05}) it is the day after that period
 * ({@code 2019-01-01}, {@code 2018-06-01}): asked at any date inside the period the event may not have happened
 * yet, so every question counts it as not yet happened there (issue 13, "as of a date means as of that date").
 * The precision ({@link #EXACT}, {@link #MONTH}, {@link #YEAR}) is kept beside it where an answer lists such
 * uncertain events; {@link #written} gives the recorded form back.
 */
public final class Day {

	public static final int NEVER_BEFORE = Integer.MIN_VALUE;

	public static final int OPEN = Integer.MAX_VALUE;

	public static final byte EXACT = 0;

	public static final byte MONTH = 1;

	public static final byte YEAR = 2;

	/**
	 * A leaving whose date no source gives ({@code leftDateUnknown}): stored as its collaboration's end (the
	 * latest day the register shows it had certainly happened by), {@link #OPEN} while the collaboration runs, and
	 * uncertain at every day before that. Its date is never written out.
	 */
	public static final byte UNKNOWN = 3;

	private Day() {
	}

	public static int from(String partial) {
		LocalDate day = certain(partial);
		return day == null ? NEVER_BEFORE : (int) day.toEpochDay();
	}

	public static int until(String partial) {
		LocalDate day = certain(partial);
		return day == null ? OPEN : (int) day.toEpochDay();
	}

	/** The first day on which an event recorded at {@code partial} has certainly happened, or null. */
	static LocalDate certain(String partial) {
		LocalDate last = PartialDate.lastDay(partial);
		return last == null || precision(partial) == EXACT ? last : last.plusDays(1);
	}

	/** How precisely {@code partial} is written: {@link #YEAR}, {@link #MONTH} or {@link #EXACT} (also for null). */
	public static byte precision(String partial) {
		if (partial == null) {
			return EXACT;
		}
		return switch (partial.length()) {
			case 4 -> YEAR;
			case 7 -> MONTH;
			default -> EXACT;
		};
	}

	/**
	 * The first day of the period in which an event stored as {@code certain} at {@code precision} may have
	 * happened: the stored day itself when exact.
	 */
	public static int uncertainFrom(int certain, byte precision) {
		LocalDate day = LocalDate.ofEpochDay(certain);
		return switch (precision) {
			case YEAR -> (int) day.minusYears(1).toEpochDay();
			case MONTH -> (int) day.minusMonths(1).toEpochDay();
			default -> certain;
		};
	}

	/** True when an event stored as {@code certain} at {@code precision} may or may not have happened at {@code day}. */
	public static boolean uncertainAt(int certain, byte precision, int day) {
		if (precision == UNKNOWN) {
			return day < certain;
		}
		return precision != EXACT && certain != NEVER_BEFORE && certain != OPEN && day < certain
				&& uncertainFrom(certain, precision) <= day;
	}

	/** The date as the register records it ({@code 2018}, {@code 2018-05} or {@code 2018-05-01}); null when unknown. */
	public static String written(int certain, byte precision) {
		if (precision == UNKNOWN) {
			return null;
		}
		LocalDate first = LocalDate.ofEpochDay(uncertainFrom(certain, precision));
		return switch (precision) {
			case YEAR -> first.toString().substring(0, 4);
			case MONTH -> first.toString().substring(0, 7);
			default -> first.toString();
		};
	}

	public static int of(LocalDate day) {
		return (int) day.toEpochDay();
	}

	public static LocalDate toDate(int day) {
		return LocalDate.ofEpochDay(day);
	}
}
