package org.concordat.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenefitProgressTests {

	@Test
	void realisedStandsAgainstPlannedPeriodByPeriodInTimeOrder() {
		Benefit saving = new Benefit("saving", "Cashable saving", "cashable", "saving", "GBP", null,
				List.of(new BenefitValue("2020/21", 200.0, null, "plan", null, null),
						new BenefitValue("2019/20", 100.0, null, "plan", null, null)),
				List.of(new BenefitValue("2020-06", 30.0, "audited accounts", "report", "approximate", null),
						new BenefitValue("2019/20", 50.0, "annual report", "report", null, null)),
				"Chief finance officer", List.of(), "in-progress", null);

		BenefitProgress progress = BenefitProgress.of("c", saving);

		assertThat(progress.periods()).extracting(BenefitProgress.Row::period)
			.containsExactly("2019/20", "2020/21", "2020-06");
		BenefitProgress.Row first = progress.periods().get(0);
		assertThat(first.planned()).isEqualTo(100.0);
		assertThat(first.realised()).isEqualTo(50.0);
		assertThat(first.realisedOfPlanned()).isEqualTo(0.5);
		assertThat(first.evidence()).isEqualTo("annual report");
		assertThat(progress.periods().get(1).realised()).isNull();
		assertThat(progress.periods().get(1).realisedOfPlanned()).isNull();
		assertThat(progress.periods().get(2).planned()).isNull();
		assertThat(progress.periods().get(2).realisedConfidence()).isEqualTo("approximate");
	}
}
