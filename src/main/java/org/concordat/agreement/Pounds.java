package org.concordat.agreement;

/** Sums of money as answers give them. */
public final class Pounds {

	private Pounds() {
	}

	/** {@code pounds} to the penny: times 100, rounded half up ({@link Math#round(double)}), over 100. */
	public static double toPenny(double pounds) {
		return Math.round(pounds * 100) / 100.0;
	}
}
