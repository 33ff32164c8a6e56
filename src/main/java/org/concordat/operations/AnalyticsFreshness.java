package org.concordat.operations;

import java.time.Duration;
import java.time.Instant;

import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.stereotype.Component;

/**
 * How current the analytics snapshot is, for operators. Analytics answer from the snapshot even while the
 * database is away, so its age is what an operator (and, through the analytics answers, a client) needs to
 * judge them by.
 *
 * <ul>
 * <li>The snapshot is known to match the register as of its state's {@code upToDateAt} ({@code SnapshotState}): the
 * last time it was read whole or caught up with every change the change log then held. Its <em>age</em> is the
 * time since then, the same age the analytics answers carry in {@code X-Snapshot-Age-Ms}. With the change feed
 * off, only this instance's own writes reach it and it is never caught up, so the age counts from its last whole
 * read.
 * <li>The change feed's <em>lag</em> is, for an instance following the log, the same time: since the last
 * successful look. It stays below the poll interval plus the time to apply a look, and grows while the database
 * cannot be reached.
 * </ul>
 */
@Component
class AnalyticsFreshness {

	private final Snapshots snapshots;

	AnalyticsFreshness(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** When the snapshot was last known to match the register (its state's {@code upToDateAt}). */
	Instant snapshotAsOf() {
		return snapshots.state().upToDateAt();
	}

	Duration snapshotAge() {
		return snapshots.state().age();
	}

	/**
	 * Time since the snapshot last caught up with the change log, which it does at every successful look; null
	 * when this instance does not follow the log.
	 */
	Duration feedLag() {
		return feedEnabled() ? snapshots.state().age() : null;
	}

	boolean feedEnabled() {
		return snapshots.followsChangeLog();
	}

	long feedPosition() {
		return snapshots.state().position();
	}

	Snapshots snapshots() {
		return snapshots;
	}
}
