package org.concordat.agreement;

/** Sums of money as answers give them. */
public final class Pounds {

	private Pounds() {
	}

	/**
	 * {@code pounds} to the penny: times 100, rounded to the nearest whole with halves towards positive infinity
	 * ({@link Math#round(double)}: −0.005 becomes −0.00), over 100. On the binary value, so an amount written
	 * 1.005 (held as 1.00499…) becomes 1.00.
	 */
	public static double toPenny(double pounds) {
		return Math.round(pounds * 100) / 100.0;
	}
}
