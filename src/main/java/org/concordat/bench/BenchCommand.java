package org.concordat.bench;

import org.concordat.command.Options;

/** {@code bench}: the scale benchmarks (docs/scaling.md). */
public final class BenchCommand {

	private BenchCommand() {
	}

	public static int run(Options options) {
		throw new IllegalArgumentException("not yet");
	}
}
