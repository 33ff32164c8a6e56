package org.concordat.agreement;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, written {@code 2019/20}: 1 April 2019 to 31 March 2020.
 */
public final class FinancialYear {

	private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2})");

	private FinancialYear() {
	}

	/** The year it starts in, or null when {@code text} is not a financial year (the second part must follow the first). */
	public static Integer startYear(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			return null;
		}
		int start = Integer.parseInt(m.group(1));
		return Integer.parseInt(m.group(2)) == (start + 1) % 100 ? start : null;
	}

	/** 1 April of its first year, or null when not a financial year. */
	public static LocalDate firstDay(String text) {
		Integer start = startYear(text);
		return start == null ? null : LocalDate.of(start, 4, 1);
	}

	/**
	 * The financial year a day falls in. Concatenated rather than {@code String.format("%d/%02d")}, which wrote the
	 * same text at several times the cost on every £ an answer gives (docs/scaling.md).
	 */
	public static String of(LocalDate day) {
		int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		int end = (start + 1) % 100;
		return start + (end >= 0 && end < 10 ? "/0" : "/") + end;
	}
}
