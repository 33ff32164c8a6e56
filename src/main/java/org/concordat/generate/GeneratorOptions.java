package org.concordat.generate;

/**
 * The size of a generated register. By default it scales from the national calibration (17,541 agencies,
 * 40,000 collaborations, about 200,000 memberships): collaborations grow with agencies, and there is one
 * person and one lesson for every four collaborations (the demo register has about one of each per
 * collaboration, but a national register of mutual-aid agreements would record far fewer).
 */
public record GeneratorOptions(int agencies, int collaborations, int people, int lessons, long seed) {

	public static final int NATIONAL_AGENCIES = 17_541;

	public static final int NATIONAL_COLLABORATIONS = 40_000;

	public static GeneratorOptions scaled(int agencies, long seed) {
		int collaborations = (int) Math.max(1, Math.round((double) agencies * NATIONAL_COLLABORATIONS / NATIONAL_AGENCIES));
		return new GeneratorOptions(agencies, collaborations, collaborations / 4, collaborations / 4, seed);
	}

	public GeneratorOptions {
		if (agencies < 50) {
			throw new IllegalArgumentException("agencies must be at least 50 (one per region), was " + agencies);
		}
		if (collaborations < 1 || people < 0 || lessons < 0) {
			throw new IllegalArgumentException("collaborations must be positive, people and lessons not negative");
		}
	}
}
