package org.concordat.analytics.network;

import java.time.Duration;

/**
 * When the whole-network results of a new snapshot version start (see {@link WholeNetwork}): after a quiet spell
 * as long as the last computation took, capped at {@code quiet}, with no newer version in it; or, when writes
 * never leave such a spell, as soon as the last start is older than {@code maxAge}. Cheap work (a small register)
 * is held back by as little as it costs; work that takes a core for seconds waits for the writes to pause.
 */
record Pacing(Duration quiet, Duration maxAge) {

	/** How long to wait before looking again, given how long the last computation took. */
	long spellNanos(long lastTookNanos) {
		return Math.max(0, Math.min(lastTookNanos, quiet.toNanos()));
	}

	/** Whether to start now: no newer version came during the spell, or the last start is overdue. */
	boolean starts(boolean newerVersionCame, long sinceLastStartNanos) {
		return !newerVersionCame || sinceLastStartNanos > maxAge.toNanos();
	}
}
