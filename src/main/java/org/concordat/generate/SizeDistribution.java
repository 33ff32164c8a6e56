package org.concordat.generate;

import java.util.Random;

/**
 * Collaboration sizes from a discrete power law, P(k) ∝ k^−2.4 for k ≥ 2, cut at a quarter of the agencies
 * (Clauset, Shalizi and Newman, "Power-law distributions in empirical data", 2009, for the sampling). The
 * exponent gives a mean of about 5 members: half the collaborations are bilateral, one in a few hundred
 * has more than 300 members, and the largest reach thousands.
 */
final class SizeDistribution {

	static final double ALPHA = 2.4;

	private SizeDistribution() {
	}

	/** Inverse-transform sampling of the continuous law, rounded down (their eq. D.6). */
	static int sample(Random random, int max) {
		double u = random.nextDouble();
		double k = (2 - 0.5) * Math.pow(1 - u, -1 / (ALPHA - 1)) + 0.5;
		return (int) Math.min(max, Math.max(2, Math.floor(k)));
	}
}
