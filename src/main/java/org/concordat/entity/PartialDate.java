package org.concordat.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordat.web.InvalidInputException;

/**
 * Dates at the precision a source gives them: {@code 2018}, {@code 2018-05} or {@code 2018-05-01}. They are
 * stored and exported exactly as written; the rules between records compare them as the first day of their
 * period. The analytics read an event dated {@code 2018} as not yet happened at any date in 2018
 * ({@code analytics.snapshot.storage.Day}); the Cypher queries do the same on the written form, comparing it
 * with D cut to its length.
 */
public final class PartialDate {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** The first police force of the kind the register holds (the Metropolitan Police) was founded in 1829. */
	public static final int FIRST_YEAR = 1829;

	/** Plans and planned savings reach some decades ahead; a later year is a typing error. */
	public static final int LAST_YEAR = 2100;

	private PartialDate() {
	}

	/** The first day of the period, or null when the text is not a date at any of the three precisions. */
	public static LocalDate firstDay(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			return null;
		}
		try {
			int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
			int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
			return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** The last day of the period ({@code 2018} ends on 2018-12-31), or null like {@link #firstDay}. */
	public static LocalDate lastDay(String text) {
		LocalDate first = firstDay(text);
		if (first == null) {
			return null;
		}
		return switch (text.length()) {
			case 4 -> first.withDayOfYear(first.lengthOfYear());
			case 7 -> first.withDayOfMonth(first.lengthOfMonth());
			default -> first;
		};
	}

	public static boolean inRange(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
	}

	public static boolean isValid(String text) {
		return text == null || firstDay(text) != null && inRange(firstDay(text));
	}

	/** The {@code at} parameter of the API: a full ISO date, today when absent. */
	public static LocalDate at(String text, String field) {
		if (text == null || text.isBlank()) {
			return LocalDate.now();
		}
		LocalDate day = fullDate(text);
		if (day == null) {
			throw new InvalidInputException(field, "must be a date as YYYY-MM-DD, was '" + text + "'");
		}
		if (!inRange(day)) {
			throw new InvalidInputException(field, "must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", was '"
					+ text + "'");
		}
		return day;
	}

	/**
	 * {@code YYYY-MM-DD}, ASCII digits only, read as {@link #firstDay} would read it (null when it is not a day), by
	 * hand rather than by matching it against one regular expression and then another: every analytics request
	 * reads its {@code at}, on the request thread.
	 */
	private static LocalDate fullDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
					Integer.parseInt(text, 8, 10, 10));
		}
		catch (DateTimeException e) {
			return null;
		}
	}
}
