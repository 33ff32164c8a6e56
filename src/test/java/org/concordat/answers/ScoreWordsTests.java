package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A risk score in the summary is cut from its decimal text by hand ({@code WithdrawalSummary.score}); BigDecimal's
 * {@code setScale(2, FLOOR)}, which it stands in for, is the oracle: scores drawn at random, every hundredth and
 * its neighbours, and the small, whole and odd ones.
 */
class ScoreWordsTests {

	private static String oracle(double score) {
		BigDecimal cut = BigDecimal.valueOf(score).setScale(2, RoundingMode.FLOOR);
		return score > 0 && cut.signum() == 0 ? "under 0.01" : cut.stripTrailingZeros().toPlainString();
	}

	@Test
	void aScoreIsCutToTwoPlacesAsBigDecimalCutsIt() {
		Random random = new Random(7);
		for (int i = 0; i < 500_000; i++) {
			double score = random.nextDouble() * (i % 2 == 0 ? 1 : 3);
			assertThat(WithdrawalSummary.score(score)).as("%s", score).isEqualTo(oracle(score));
		}
		for (int h = 0; h <= 300; h++) {
			double score = h / 100.0;
			for (double s : new double[] { score, Math.nextUp(score), Math.nextDown(score) }) {
				assertThat(WithdrawalSummary.score(s)).as("%s", s).isEqualTo(oracle(s));
			}
		}
		for (double s : new double[] { 0, -0.0, -0.5, 1e-9, 0.0099999, 0.01, 0.4999, 0.5, 1, 2, 12.345, 1e7, 3.2e-5 }) {
			assertThat(WithdrawalSummary.score(s)).as("%s", s).isEqualTo(oracle(s));
		}
	}
}
