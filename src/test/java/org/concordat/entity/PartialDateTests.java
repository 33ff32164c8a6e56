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
}
