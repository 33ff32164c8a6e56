package org.concordat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.concordat.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class PartialDateTests {

	@Test
	void aDateAtAnyPrecisionStandsForTheFirstDayOfItsPeriod() {
		assertThat(PartialDate.firstDay("2018")).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(PartialDate.firstDay("2018-05")).isEqualTo(LocalDate.of(2018, 5, 1));
		assertThat(PartialDate.firstDay("2018-05-17")).isEqualTo(LocalDate.of(2018, 5, 17));
	}

	@Test
	void impossibleOrOddlyWrittenDatesAreNotDates() {
		for (String text : new String[] { "18", "2018-5", "2018-13", "2019-02-29", "2018/05/01", "2018-05-01T00:00",
				"" }) {
			assertThat(PartialDate.isValid(text)).as(text).isFalse();
		}
		assertThat(PartialDate.isValid("2020-02-29")).isTrue();
		assertThat(PartialDate.isValid(null)).isTrue();
	}

	@Test
	void comparingTheWrittenFormWithAFullDateAgreesWithComparingFirstDays() {
		String[] written = { "2017", "2017-12", "2018", "2018-01", "2018-01-01", "2018-05", "2018-05-01", "2019" };
		String[] days = { "2017-12-31", "2018-01-01", "2018-04-30", "2018-05-01", "2018-05-02" };
		for (String w : written) {
			for (String d : days) {
				LocalDate first = PartialDate.firstDay(w);
				LocalDate day = LocalDate.parse(d);
				assertThat(w.compareTo(d) <= 0).as(w + " <= " + d).isEqualTo(!first.isAfter(day));
				assertThat(w.compareTo(d) > 0).as(w + " > " + d).isEqualTo(first.isAfter(day));
			}
		}
	}

	@Test
	void theAsOfParameterTakesOnlyFullDatesAndDefaultsToToday() {
		assertThat(PartialDate.at(null, "at")).isEqualTo(LocalDate.now());
		assertThat(PartialDate.at("2017-06-30", "at")).isEqualTo(LocalDate.of(2017, 6, 30));
		assertThatThrownBy(() -> PartialDate.at("2017", "at")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("at"));
	}

	/**
	 * {@code at} is read by hand (every analytics request reads one); the regular expression and {@link
	 * PartialDate#firstDay} it stands in for are the oracle, over days and non-days of many shapes.
	 */
	@Test
	void theAsOfParameterIsReadAsTheFullDatePatternAndFirstDayWouldReadIt() {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (String year : new String[] { "1828", "1829", "2000", "2019", "2020", "2100", "2199", "2200", "0000", "9999" }) {
			for (int month = 0; month <= 13; month++) {
				for (int day = 0; day <= 32; day++) {
					texts.add(String.format("%s-%02d-%02d", year, month, day));
				}
			}
		}
		texts.addAll(java.util.List.of("2020-1-01", "2020-01-1", "20200-01-01", "2020/01/01", "2020-01-01 ", " 2020-01-01",
				"+020-01-01", "2020-0a-01", "202O-01-01", "\uFF12020-01-01", "2020-01-\u0661\u0661", "2020--01-01",
				"2020-01-01T00", "x"));
		int accepted = 0;
		for (String text : texts) {
			LocalDate expected = text.matches("\\d{4}-\\d{2}-\\d{2}") ? PartialDate.firstDay(text) : null;
			if (expected != null && PartialDate.inRange(expected)) {
				assertThat(PartialDate.at(text, "at")).as(text).isEqualTo(expected);
				accepted++;
			}
			else {
				assertThatThrownBy(() -> PartialDate.at(text, "at")).as(text).isInstanceOf(InvalidInputException.class);
			}
		}
		// both sides were tried: every real day of 1829, 2000, 2019, 2020 and 2100 accepted, the other 2,807 refused
		assertThat(accepted).isEqualTo(365 + 366 + 365 + 366 + 365);
		assertThat(texts.size() - accepted).isEqualTo(2_807);
	}
}
