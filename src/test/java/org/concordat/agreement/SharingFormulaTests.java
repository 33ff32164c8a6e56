package org.concordat.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.concordat.agreement.CostSharing.ForceValue;
import org.concordat.agreement.CostSharing.Weight;
import org.concordat.agreement.SharingFormula.Recomputed;
import org.junit.jupiter.api.Test;

class SharingFormulaTests {

	private static ForceValue value(String force, Double value) {
		return new ForceValue(force, value, null, "https://example.org/source", null);
	}

	private static CostSharing formula(Weight... weights) {
		return new CostSharing(CostSharing.FORMULA, List.of(weights), null, null, null);
	}

	@Test
	void aFormulaOfOneWeightSplitsInProportionToTheRemainingForcesValues() {
		CostSharing sharing = formula(new Weight("motorway length", null, "km", null, null,
				List.of(value("a", 10.0), value("b", 20.0), value("c", 30.0))));

		Recomputed all = new SharingFormula(sharing).among(List.of("a", "b", "c"));
		Recomputed afterCLeaves = new SharingFormula(sharing).among(List.of("a", "b"));

		assertThat(all.shares()).containsOnlyKeys("a", "b", "c");
		assertThat(all.shares().get("a")).isCloseTo(1.0 / 6, within(1e-12));
		assertThat(all.shares().get("c")).isCloseTo(0.5, within(1e-12));
		assertThat(afterCLeaves.shares().get("a")).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(afterCLeaves.shares().get("b")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(afterCLeaves.missing()).isEmpty();
		assertThat(afterCLeaves.illustration()).isNull();
	}

	@Test
	void weightsNeedNotSumToOne() {
		// a = (3 × 30/40 + 1 × 1/4) / 4 = 0.625; b = (3 × 10/40 + 1 × 3/4) / 4 = 0.375
		CostSharing sharing = formula(
				new Weight("motorway length", 3.0, "km", null, null, List.of(value("a", 30.0), value("b", 10.0))),
				new Weight("population", 1.0, "people", null, null, List.of(value("a", 1.0), value("b", 3.0))));

		Recomputed shares = new SharingFormula(sharing).among(List.of("a", "b"));

		assertThat(shares.shares().get("a")).isCloseTo(0.625, within(1e-12));
		assertThat(shares.shares().get("b")).isCloseTo(0.375, within(1e-12));
		assertThat(shares.formula()).isEqualTo("formula of motorway length (weight 3.0), population (weight 1.0)");
	}

	@Test
	void aFormulaWithAnUnknownValueGivesNoShareButNamesWhatIsMissingAndAnEqualSplitLabelledAsAnIllustration() {
		CostSharing sharing = formula(
				new Weight("motorway length", null, "km", null, null, List.of(value("a", 30.0), value("b", null))),
				new Weight("incidents", null, null, null, null, List.of()));

		Recomputed shares = new SharingFormula(sharing).among(List.of("a", "b"));

		assertThat(shares.shares()).isNull();
		assertThat(shares.missing()).extracting(SharingFormula.Missing::what).containsExactly(
				"the weight of 'motorway length' in the formula", "'b''s value of 'motorway length'",
				"the weight of 'incidents' in the formula", "'a''s value of 'incidents'", "'b''s value of 'incidents'");
		assertThat(shares.illustration()).containsEntry("a", 0.5).containsEntry("b", 0.5);
		assertThat(shares.illustrationLabel()).startsWith("illustration only");
	}

	@Test
	void aLeavingForcesMissingValueDoesNotStopTheRecomputationAmongTheOthers() {
		CostSharing sharing = formula(new Weight("officers", null, "officers", null, null,
				List.of(value("a", 100.0), value("b", 300.0))));

		Recomputed shares = new SharingFormula(sharing).among(List.of("a", "b"));

		assertThat(shares.shares().get("a")).isCloseTo(0.25, within(1e-12));
		assertThat(shares.shares().get("b")).isCloseTo(0.75, within(1e-12));
	}

	@Test
	void valuesThatSumToZeroCannotBeSplitInProportion() {
		CostSharing sharing = formula(new Weight("incidents", null, null, null, null,
				List.of(value("a", 0.0), value("b", 0.0))));

		Recomputed shares = new SharingFormula(sharing).among(List.of("a", "b"));

		assertThat(shares.shares()).isNull();
		assertThat(shares.missing()).singleElement().extracting(SharingFormula.Missing::weight).isEqualTo("incidents");
	}

	@Test
	void anAgreementOfEqualSharesGivesEqualSharesThatAreNoIllustration() {
		Recomputed shares = new SharingFormula(new CostSharing(CostSharing.EQUAL, null, null, null, null))
			.among(List.of("a", "b", "c", "d"));

		assertThat(shares.shares()).containsEntry("a", 0.25).containsEntry("d", 0.25);
		assertThat(shares.illustration()).isNull();
	}

	@Test
	void recordedSharesAreNotAFormulaToRecompute() {
		Recomputed shares = new SharingFormula(new CostSharing(CostSharing.RECORDED, null, null, null, null))
			.among(List.of("a", "b"));

		assertThat(shares.shares()).isNull();
		assertThat(shares.illustrationLabel()).isEqualTo(SharingFormula.ILLUSTRATION);
	}
}
