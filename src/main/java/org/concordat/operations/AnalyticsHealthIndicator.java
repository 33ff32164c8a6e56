package org.concordat.operations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code analytics} component of the health endpoint: the snapshot analytics answer from, how old it is, and
 * how far the change feed from other instances lags ({@link AnalyticsFreshness}). Always UP: the snapshot answers
 * even while the database is away, and how stale that makes it is in the details (and in the metrics, to alert on).
 */
@Component
class AnalyticsHealthIndicator implements HealthIndicator {

	private final AnalyticsFreshness freshness;

	AnalyticsHealthIndicator(AnalyticsFreshness freshness) {
		this.freshness = freshness;
	}

	@Override
	public Health health() {
		RegisterSnapshot snapshot = freshness.snapshots().current();
		Map<String, Object> snapshotDetails = new LinkedHashMap<>();
		snapshotDetails.put("version", snapshot.version());
		snapshotDetails.put("asOf", freshness.snapshotAsOf().toString());
		snapshotDetails.put("ageSeconds", seconds(freshness.snapshotAge()));
		snapshotDetails.put("forces", snapshot.forceCount());
		snapshotDetails.put("collaborations", snapshot.collabCount());
		snapshotDetails.put("memberships", snapshot.membershipCount());
		snapshotDetails.put("lastWriteToVisibleMillis", freshness.snapshots().lastWriteToVisible().toNanos() / 1_000_000.0);
		Map<String, Object> feedDetails = new LinkedHashMap<>();
		feedDetails.put("enabled", freshness.feedEnabled());
		feedDetails.put("position", freshness.feedPosition());
		if (freshness.feedEnabled()) {
			feedDetails.put("lagSeconds", seconds(freshness.feedLag()));
		}
		return Health.up().withDetail("snapshot", snapshotDetails).withDetail("changeFeed", feedDetails).build();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1_000.0;
	}
}
