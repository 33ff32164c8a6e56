package org.concordat.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.concordat.agreement.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The dates, financial years and £ amounts every withdrawal answer writes are built by hand (a formatter or
 * {@code String.format} cost several times as much on each answer: docs/scaling.md); the library each stands in
 * for is the oracle here, over every day of four centuries and amounts swept and drawn at random.
 */
class WordsOracleTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Test
	void everyDayOfFourCenturiesIsWrittenAsTheFormatterWritesIt() {
		for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
			assertThat(Words.date(day)).as(day.toString()).isEqualTo(DAY.format(day));
		}
		assertThat(Words.date(LocalDate.of(999, 12, 31))).isEqualTo(DAY.format(LocalDate.of(999, 12, 31)));
	}

	@Test
	void everyDayFallsInTheFinancialYearStringFormatWouldName() {
		for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
			int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
			assertThat(FinancialYear.of(day)).as(day.toString()).isEqualTo(String.format("%d/%02d", start, (start + 1) % 100));
		}
	}

	@Test
	void poundsUnderTenThousandAreGroupedAsStringFormatGroupsThem() {
		Random random = new Random(12);
		for (int i = 0; i < 200_000; i++) {
			double amount = i < 10_000 ? i : random.nextDouble() * 10_000;
			for (double a : new double[] { amount, -amount }) {
				if (Math.abs(a) < 1e4) {
					String sign = a < 0 ? "-" : "";
					assertThat(Words.gbp(a)).as("%s", a)
						.isEqualTo(sign + "£" + String.format(Locale.UK, "%,d", Math.round(Math.abs(a))));
				}
			}
		}
	}
}
