package org.concordat.operations;

import java.time.Duration;
import java.time.Instant;

import org.concordat.analytics.snapshot.ChangeFeed;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.stereotype.Component;

/**
 * How current the analytics snapshot is, for operators. Analytics answer from the snapshot even while the
 * database is away, so its age is what an operator (and, through the analytics answers, a client) needs to
 * judge them by.
 *
 * <ul>
 * <li>The snapshot is known to match the register as of the later of its last build or advance and the last
 * successful look at the change log (every change committed before that look had been applied). Its <em>age</em>
 * is the time since then. With the change feed off, only this instance's own writes reach it, so it is as of its
 * last update.
 * <li>The change feed's <em>lag</em> is the time since its last successful look at the log: how long other
 * instances' writes may have gone unseen here. It stays below the poll interval plus the time to apply a look,
 * and grows while the database cannot be reached.
 * </ul>
 */
@Component
class AnalyticsFreshness {

	private final Snapshots snapshots;

	private final ChangeFeed feed;

	AnalyticsFreshness(Snapshots snapshots, ChangeFeed feed) {
		this.snapshots = snapshots;
		this.feed = feed;
	}

	/** When the snapshot was last known to match the register. */
	Instant snapshotAsOf() {
		Instant updated = snapshots.currentSince();
		if (!feed.enabled()) {
			return updated;
		}
		Instant looked = feed.lastLook();
		return looked.isAfter(updated) ? looked : updated;
	}

	Duration snapshotAge() {
		return Duration.between(snapshotAsOf(), Instant.now());
	}

	/** Time since the change feed last looked at the log successfully; null when the feed is off. */
	Duration feedLag() {
		return feed.enabled() ? Duration.between(feed.lastLook(), Instant.now()) : null;
	}

	boolean feedEnabled() {
		return feed.enabled();
	}

	long feedPosition() {
		return feed.position();
	}

	Snapshots snapshots() {
		return snapshots;
	}
}
