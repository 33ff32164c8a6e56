package org.concordat.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, and their percentiles (nearest rank). */
final class Latencies {

	private long[] nanos = new long[64];

	private int n;

	synchronized void add(long value) {
		if (n == nanos.length) {
			nanos = Arrays.copyOf(nanos, n * 2);
		}
		nanos[n++] = value;
	}

	void addAll(Latencies other) {
		long[] theirs;
		synchronized (other) {
			theirs = Arrays.copyOf(other.nanos, other.n);
		}
		for (long value : theirs) {
			add(value);
		}
	}

	synchronized double percentileMicros(double p) {
		if (n == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, n);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * n);
		return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1_000.0;
	}

	synchronized int count() {
		return n;
	}

	String summary() {
		return String.format("p50 %s  p90 %s  p99 %s  (n=%d)", format(percentileMicros(50)), format(percentileMicros(90)),
				format(percentileMicros(99)), count());
	}

	static String format(double micros) {
		return micros >= 10_000 ? String.format("%.1f ms", micros / 1_000)
				: micros >= 1_000 ? String.format("%.2f ms", micros / 1_000) : String.format("%.1f µs", micros);
	}
}
