package org.concordat.analytics.snapshot;

import java.time.Duration;
import java.time.Instant;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * The current snapshot and how current it is: every change of the change log up to {@code position} is in it
 * (this instance's own later writes too, as they commit); {@code epoch} names the log it follows; at
 * {@code upToDateAt} it was last found to hold every change the log then had.
 */
public record SnapshotState(RegisterSnapshot snapshot, long position, String epoch, Instant upToDateAt) {

	/** How long ago the snapshot was last found up to date with the log. */
	public Duration age() {
		return Duration.between(upToDateAt, Instant.now());
	}

	SnapshotState with(RegisterSnapshot next) {
		return new SnapshotState(next, position, epoch, upToDateAt);
	}

	/** Found at {@code at} to hold every change of the log {@code epoch} up to {@code newest}. */
	SnapshotState upToDate(long newest, String logEpoch, Instant at) {
		return new SnapshotState(snapshot, newest, logEpoch, at);
	}
}
