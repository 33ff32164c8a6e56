package org.concordat.analytics;

import java.time.Instant;

import org.concordat.analytics.snapshot.SnapshotState;
import org.springframework.http.ResponseEntity;

/**
 * Which state of the register an answer reflects, in the answer (its {@code snapshot} field) and in its
 * headers: the snapshot's version on this instance, the change-log position it reflects (every change up to
 * it is in), and how long ago it was last found up to date with the log. An age that keeps growing means
 * this instance cannot read the log (the database may be down): its answers are stale by that much.
 */
public record SnapshotStamp(long version, long position, Instant upToDateAt, long ageMillis) {

	public static final String POSITION_HEADER = "X-Snapshot-Position";

	public static final String AGE_HEADER = "X-Snapshot-Age-Ms";

	public static SnapshotStamp of(SnapshotState s) {
		return new SnapshotStamp(s.snapshot().version(), s.position(), s.upToDateAt(), s.age().toMillis());
	}

	/** 200 with this stamp's headers. */
	public <T> ResponseEntity<T> respond(T body) {
		return ResponseEntity.ok().header(POSITION_HEADER, Long.toString(position))
			.header(AGE_HEADER, Long.toString(ageMillis)).body(body);
	}
}
