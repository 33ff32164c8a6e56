package org.concordat.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTests {

	@Test
	void twoSharesThatDifferAtOneDecimalPlaceAreWrittenToOne() {
		assertThat(Words.percents(0.25, 1 / 3.0)).isEqualTo("25% to 33.3%");
		assertThat(Words.percents(1 / 43.0, 1 / 42.0)).isEqualTo("2.3% to 2.4%");
		assertThat(Words.percents(0.5, 0.5)).isEqualTo("50% to 50%");
	}

	@Test
	void aChangeTooSmallForOneDecimalPlaceIsWrittenToAsManyAsShowIt() {
		assertThat(Words.percents(1 / 253.0, 1 / 252.0)).isEqualTo("0.395% to 0.397%");
		assertThat(Words.percents(0.003953, 0.003968)).isEqualTo("0.395% to 0.397%");
		assertThat(Words.percents(0.25041, 0.25049)).isEqualTo("25.04% to 25.05%");
		assertThat(Words.percents(0.2504, 0.2507)).isEqualTo("25% to 25.1%");
		assertThat(Words.percents(0.004, 0.0041)).isEqualTo("0.40% to 0.41%");
	}

	@Test
	void sharesAlikeToSixDecimalPlacesAreWrittenToSixNotAsZero() {
		assertThat(Words.percents(1 / 17541.0, 1 / 17540.0)).isEqualTo("0.005701% to 0.005701%");
		assertThat(Words.percent(1 / 17541.0)).isEqualTo("0%");
	}
}
