package org.concordat.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What the benchmark prints: sections, measured lines, and each ratio beside its target; misses are kept. */
final class Report {

	private final PrintStream out;

	private final List<String> misses = new ArrayList<>();

	private final List<String> disagreements = new ArrayList<>();

	Report(PrintStream out) {
		this.out = out;
	}

	void section(String title) {
		out.println();
		out.println("== " + title + String.format(" (load average %.1f)", loadAverage()));
	}

	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	void line(String format, Object... args) {
		out.println("   " + String.format(format, args));
	}

	/** @param atLeast true when the ratio must reach the target, false when it must stay within it */
	void ratio(String name, double value, double target, boolean atLeast) {
		boolean met = atLeast ? value >= target : value <= target;
		String line = String.format("%s: %.2f× (target %s %.0f×) %s", name, value, atLeast ? "≥" : "≤", target,
				met ? "MET" : "MISSED");
		out.println("   " + line);
		if (!met) {
			misses.add(line);
		}
	}

	/** A figure that cannot be set against its target as measured (e.g. a lower bound); listed as such. */
	void unverified(String line) {
		out.println("   " + line + " UNVERIFIED");
		misses.add(line + " (unverified)");
	}

	void disagree(String what) {
		out.println("   DISAGREE: " + what);
		disagreements.add(what);
	}

	/** The machine's load average over the last minute: other work on a shared machine weighs on every figure. */
	void load() {
		line("load average (1 min): %.2f", loadAverage());
	}

	int finish() {
		section("Summary");
		load();
		line("targets missed or unverified: %d", misses.size());
		misses.forEach(m -> line("  %s", m));
		line("answers that disagree: %d", disagreements.size());
		out.flush();
		return disagreements.isEmpty() ? 0 : 1;
	}
}
