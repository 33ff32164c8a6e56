package org.concordat.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How answers write numbers, money, dates and lists in their {@code summary} sentences: "29 June 2017",
 * "33.3%", "£10.5m", "A, B and C". Plain formatting, no judgement.
 */
public final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Words() {
	}

	/** The months as {@link #DAY} writes them, so that the usual date needs no formatter (every summary writes one). */
	private static final String[] MONTHS = IntStream.rangeClosed(1, 12)
		.mapToObj(m -> DateTimeFormatter.ofPattern("MMMM", Locale.UK).format(Month.of(m)))
		.toArray(String[]::new);

	/** "29 June 2017": as {@link #DAY} writes it, built directly for four-digit years (the formatter's the rest). */
	public static String date(LocalDate day) {
		int year = day.getYear();
		if (year < 1000 || year > 9999) {
			return DAY.format(day);
		}
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + year;
	}

	/** A share (0..1) as a percentage to one decimal place, "25%", "33.3%". */
	public static String percent(double share) {
		return number(Math.round(share * 1000) / 10.0) + "%";
	}

	/**
	 * Two shares as percentages, "25% to 33.3%": to one decimal place as {@link #percent} writes them, or, where
	 * that would write a change as none ("0.4% to 0.4%" when one of 253 leaves), to as many more decimal places as
	 * tell them apart, up to six ("0.395% to 0.397%").
	 */
	public static String percents(double before, double after) {
		if (before == after || Math.round(before * 1000) != Math.round(after * 1000)) {
			return percent(before) + " to " + percent(after);
		}
		int places = 2;
		while (places < 6 && toPlaces(before, places).equals(toPlaces(after, places))) {
			places++;
		}
		return toPlaces(before, places) + "% to " + toPlaces(after, places) + "%";
	}

	private static String toPlaces(double share, int places) {
		return BigDecimal.valueOf(share * 100).setScale(places, RoundingMode.HALF_UP).toPlainString();
	}

	/** Pounds as people write them: £950, £270k, £1.3m, £10.77m, £1.2bn. */
	public static String gbp(double amount) {
		double a = Math.abs(amount);
		String sign = amount < 0 ? "-" : "";
		if (a >= 1e9) {
			return sign + "£" + number(Math.round(a / 1e7) / 100.0) + "bn";
		}
		if (a >= 1e6) {
			return sign + "£" + number(Math.round(a / 1e4) / 100.0) + "m";
		}
		if (a >= 1e4) {
			return sign + "£" + number(Math.round(a / 100) / 10.0) + "k";
		}
		return sign + "£" + grouped(Math.round(a));
	}

	/** {@code n} (not negative) with its thousands grouped as {@code String.format(Locale.UK, "%,d")} writes them, at far less cost. */
	private static String grouped(long n) {
		String digits = Long.toString(n);
		int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
		out.append(digits, 0, lead);
		for (int i = lead; i < digits.length(); i += 3) {
			out.append(',').append(digits, i, i + 3);
		}
		return out.toString();
	}

	/** A number without a trailing ".0". */
	public static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

	/** "A", "A and B", "A, B and C". */
	public static String and(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/**
	 * The sentence an answer adds when events that could change it at the date asked are recorded only to a year
	 * or a month holding that date, or without a date ({@code uncertain}); empty when there are none.
	 */
	public static String uncertain(int n) {
		return n == 0 ? "" : " " + count(n, "event", "events") + " recorded only to a year or a month holding this date, "
				+ "or with no date, may already have happened; the answer counts " + (n == 1 ? "it" : "them")
				+ " as not yet (listed in uncertain).";
	}

	/** "1 collaboration", "2 collaborations". */
	public static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The text with its first letter in capitals. */
	public static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
