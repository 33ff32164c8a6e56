package org.concordat.analytics.snapshot;

/**
 * A column of doubles kept as floats when every value is exactly a float (whole amounts of money below 2^24
 * are), and as doubles otherwise (coordinates such as 53.4808 are not): nothing is ever rounded.
 */
final class Doubles {

	private final float[] floats;

	private final double[] doubles;

	private Doubles(float[] floats, double[] doubles) {
		this.floats = floats;
		this.doubles = doubles;
	}

	static Doubles of(double[] values, int n) {
		float[] floats = new float[n];
		for (int i = 0; i < n; i++) {
			floats[i] = (float) values[i];
			// bit for bit, so -0.0, infinities and NaN come back as they went in
			if (Double.doubleToRawLongBits(values[i]) != Double.doubleToRawLongBits(floats[i])) {
				return new Doubles(null, java.util.Arrays.copyOf(values, n));
			}
		}
		return new Doubles(floats, null);
	}

	double get(int i) {
		return floats != null ? floats[i] : doubles[i];
	}

	int size() {
		return floats != null ? floats.length : doubles.length;
	}

	/** Whether the column holds doubles (some value is not exactly a float). */
	boolean wide() {
		return doubles != null;
	}
}
