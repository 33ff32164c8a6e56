package org.concordat.generate;

import java.time.LocalDate;
import java.util.Random;

/** Dates of the generated register: epoch days over the 20 years 2006–2025, written at a random precision. */
final class Dates {

	static final int FIRST = (int) LocalDate.of(2006, 1, 1).toEpochDay();

	static final int END = (int) LocalDate.of(2026, 1, 1).toEpochDay();

	private Dates() {
	}

	static int between(Random random, int from, int to) {
		return to <= from ? from : from + random.nextInt(to - from);
	}

	/** As a source would give it: a year, a month or a day (half the dates are to the day). */
	static String written(Random random, int day) {
		String full = LocalDate.ofEpochDay(day).toString();
		int precision = random.nextInt(10);
		return precision < 2 ? full.substring(0, 4) : precision < 5 ? full.substring(0, 7) : full;
	}

	/** The first day of what {@link #written} wrote, so later dates can be kept after it. */
	static int firstDay(String written) {
		return (int) org.concordat.entity.PartialDate.firstDay(written).toEpochDay();
	}
}
