package org.concordat.analytics.snapshot;

/**
 * A column of doubles in the fewest bits that give every value back bit for bit: as decimals, an integer
 * count of 1/10^k (whole amounts of money at k = 0, coordinates written to four places at k = 4) packed in
 * as many bits as their range needs, with NaN as a code of its own; else as floats when every value is
 * exactly a float; else as doubles. Each value is checked by decoding it at build time, so none is rounded.
 */
final class Doubles {

	private static final int MAX_DECIMALS = 6;

	private final PackedInts scaled; // value = (code - 1 + min) / 10^decimals, code 0 = NaN

	private final long min;

	private final double scale;

	private final float[] floats;

	private final double[] doubles;

	private Doubles(PackedInts scaled, long min, double scale, float[] floats, double[] doubles) {
		this.scaled = scaled;
		this.min = min;
		this.scale = scale;
		this.floats = floats;
		this.doubles = doubles;
	}

	static Doubles of(double[] values, int n) {
		for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
			Doubles d = decimal(values, n, Math.pow(10, decimals));
			if (d != null) {
				return d;
			}
		}
		float[] floats = new float[n];
		for (int i = 0; i < n; i++) {
			floats[i] = (float) values[i];
			if (Double.doubleToRawLongBits(values[i]) != Double.doubleToRawLongBits(floats[i])) {
				return new Doubles(null, 0, 0, null, java.util.Arrays.copyOf(values, n));
			}
		}
		return new Doubles(null, 0, 0, floats, null);
	}

	/** The column as counts of {@code 1/scale}, or null when some value is not one exactly. */
	private static Doubles decimal(double[] values, int n, double scale) {
		long[] counts = new long[n];
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			double v = values[i];
			if (Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(Double.NaN)) {
				counts[i] = Long.MIN_VALUE;
				continue;
			}
			double count = Math.rint(v * scale);
			if (!(Math.abs(count) < 1L << 40)
					|| Double.doubleToRawLongBits((long) count / scale) != Double.doubleToRawLongBits(v)) {
				return null;
			}
			counts[i] = (long) count;
			min = Math.min(min, counts[i]);
			max = Math.max(max, counts[i]);
		}
		if (min != Long.MAX_VALUE && max - min >= Integer.MAX_VALUE - 1) {
			return null;
		}
		int[] codes = new int[n];
		for (int i = 0; i < n; i++) {
			codes[i] = counts[i] == Long.MIN_VALUE ? 0 : (int) (counts[i] - min + 1);
		}
		return new Doubles(PackedInts.of(codes, n), min, scale, null, null);
	}

	double get(int i) {
		if (scaled != null) {
			int code = scaled.get(i);
			return code == 0 ? Double.NaN : (code - 1 + min) / scale;
		}
		return floats != null ? floats[i] : doubles[i];
	}

	int size() {
		return scaled != null ? scaled.size() : floats != null ? floats.length : doubles.length;
	}

	/** Bits a value takes. */
	int width() {
		return scaled != null ? scaled.width() : floats != null ? 32 : 64;
	}
}
