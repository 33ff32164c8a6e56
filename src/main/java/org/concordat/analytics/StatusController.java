package org.concordat.analytics;

import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this instance's snapshot holds and how current it is. */
@RestController
class StatusController {

	/**
	 * The snapshot's counts; how long this instance's last write took to show in it (commit to swap) and how
	 * long the last changes read from the log had waited since their commit.
	 */
	record SnapshotStatus(long version, int forces, int collaborations, int memberships, long lastUpdateMicros,
			long feedLagMillis, SnapshotStamp snapshot) {
	}

	private final Snapshots snapshots;

	StatusController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/analytics/status")
	ResponseEntity<SnapshotStatus> status() {
		var state = snapshots.state();
		var s = state.snapshot();
		SnapshotStamp stamp = SnapshotStamp.of(state);
		return stamp.respond(new SnapshotStatus(s.version(), s.forceCount(), s.collabCount(), s.membershipCount(),
				snapshots.lastWriteToVisible().toNanos() / 1_000, snapshots.feedLag().toMillis(), stamp));
	}
}
