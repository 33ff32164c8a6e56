package org.concordat.analytics.snapshot;

import java.time.Duration;
import java.util.Map;

import org.concordat.db.SchemaMigrations;
import org.concordat.register.ChangeLog;
import org.concordat.register.RegisterChanged;
import org.concordat.register.RegisterDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps this instance's snapshot current with writes committed by other instances sharing the database: polls
 * the {@link ChangeLog} every {@code concordat.changes.poll-interval} (default 2 s) and, when another instance
 * has written, or the log went backwards (the database was emptied behind our back), rebuilds the snapshot
 * whole, once however many changes came in. This instance's own writes already advanced it and are skipped.
 *
 * <p>The newest change is read before the first snapshot is built ({@link Snapshots} depends on this bean), so
 * a write committed during the build is seen by the first poll: at worst one rebuild too many, never one too few.
 */
@Component
public class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	private static final String POLL = """
			OPTIONAL MATCH (s:ChangeSequence {id: 'register'})
			WITH coalesce(s.seq, 0) AS newest, coalesce(s.epoch, '') AS epoch
			OPTIONAL MATCH (c:Change) WHERE c.seq > $last AND c.seq <= newest AND c.instance <> $me
			RETURN newest, epoch, count(c) AS foreign""";

	private final ReactiveNeo4jClient neo4j;

	private final ChangeLog changes;

	private final ObjectProvider<Snapshots> snapshots;

	private final Duration interval;

	/** Off for the load and bench commands: they rebuild when they mean to, and their floor runs empty the log. */
	private final boolean enabled;

	private volatile long last;

	private volatile String epoch;

	private Disposable polling;

	ChangeFeed(SchemaMigrations schema, ReactiveNeo4jClient neo4j, ChangeLog changes, ObjectProvider<Snapshots> snapshots,
			@Value("${concordat.changes.poll-interval:2s}") Duration interval,
			@Value("${concordat.changes.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.neo4j = neo4j;
		this.changes = changes;
		this.snapshots = snapshots;
		this.interval = interval;
		// Start-up, before the first snapshot is built: where this instance starts reading the log.
		Poll start = read().block();
		this.last = start.newest();
		this.epoch = start.epoch();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled) {
			return;
		}
		polling = Flux.interval(interval).onBackpressureDrop()
			.concatMap(tick -> poll().onErrorResume(e -> {
				log.warn("Could not read the change log; trying again in {}", interval, e);
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		if (polling != null) {
			polling.dispose();
		}
	}

	/**
	 * One look at the log; rebuilds when another instance wrote since the last look, or the log is not the one
	 * last seen (the database was emptied behind this instance's back: what it holds now is unknown).
	 */
	public Mono<Void> poll() {
		long seen = last;
		String seenEpoch = epoch;
		return read().flatMap(p -> {
			last = p.newest();
			epoch = p.epoch();
			boolean sameLog = p.epoch().equals(seenEpoch) && p.newest() >= seen;
			if (sameLog && p.foreign() == 0) {
				return Mono.empty();
			}
			log.info(sameLog ? "Another instance changed the register (changes {} to {}): rebuilding the analytics snapshot"
					: "The change log was started afresh (now at {}, was at {}): rebuilding the analytics snapshot",
					sameLog ? seen + 1 : p.newest(), sameLog ? p.newest() : seen);
			return snapshots.getObject().registerChanged(RegisterChanged.upsert(RegisterDocument.empty(), true));
		});
	}

	/** How many changes after {@code seq} other instances made. */
	public Mono<Long> foreignChangesSince(long seq) {
		return read(seq).map(Poll::foreign);
	}

	private Mono<Poll> read() {
		return read(last);
	}

	private Mono<Poll> read(long since) {
		return neo4j.query(POLL).bindAll(Map.of("last", since, "me", changes.instance()))
			.fetchAs(Poll.class)
			.mappedBy((types, r) -> new Poll(r.get("newest").asLong(), r.get("epoch").asString(), r.get("foreign").asLong()))
			.one();
	}

	private record Poll(long newest, String epoch, long foreign) {
	}
}
