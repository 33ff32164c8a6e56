package org.concordat.analytics.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.concordat.db.SchemaMigrations;
import org.concordat.register.ChangeLog;
import org.concordat.register.RegisterChanged;
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
 * the {@link ChangeLog} every {@code concordat.changes.poll-interval} (default 2 s). When other instances have
 * written, the entities their changes name are re-read from the register ({@link TouchedReader}) and the
 * snapshot advanced by them, as after a write of its own, once however many changes came in. It is rebuilt
 * whole instead when a change asks for it (a replacing import, a bulk load, a change too large to list, one
 * recorded without its ids), when changes this instance had not read were dropped from the log (it fell more
 * than the log keeps behind), or when the log went backwards (the database was emptied behind its back). This
 * instance's own writes already advanced it and are skipped.
 *
 * <p>The newest change is read before the first snapshot is built ({@link Snapshots} depends on this bean), so
 * a write committed during the build is seen by the first poll: at worst one rebuild too many, never one too few.
 */
@Component
public class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	// (written as list expressions: an ORDER BY, CASE or CALL around the changes here tripped the 2026.08 planner)
	private static final String POLL = """
			OPTIONAL MATCH (s:ChangeSequence {id: 'register'})
			WITH coalesce(s.seq, 0) AS newest, coalesce(s.epoch, '') AS epoch
			OPTIONAL MATCH (c:Change) WHERE c.seq > $last AND c.seq <= newest
			WITH newest, epoch, collect(c) AS changes
			RETURN newest, epoch, reduce(first = null, x IN changes |
			    CASE WHEN first IS NULL OR x.seq < first THEN x.seq ELSE first END) AS first,
			  [x IN changes WHERE x.instance <> $me | {seq: x.seq, rebuild: x.rebuild, functions: x.functions,
			    forces: x.forces, collaborations: x.collaborations, people: x.people, lessons: x.lessons}] AS foreign""";

	/** More entities touched than this since the last look, and the snapshot is rebuilt rather than advanced. */
	static final int MAX_TOUCHED = 5_000;

	/** What a look at the log did. */
	public enum Outcome {
		NOTHING, ADVANCED, REBUILT
	}

	private final ReactiveNeo4jClient neo4j;

	private final ChangeLog changes;

	private final ObjectProvider<Snapshots> snapshots;

	private final TouchedReader touched;

	private final Duration interval;

	/** Off for the load and bench commands: they rebuild when they mean to, and their floor runs empty the log. */
	private final boolean enabled;

	private volatile long last;

	private volatile String epoch;

	/** When a look at the log last succeeded and the snapshot was brought up to date with it. */
	private volatile Instant lastLook;

	private Disposable polling;

	ChangeFeed(SchemaMigrations schema, ReactiveNeo4jClient neo4j, ChangeLog changes, ObjectProvider<Snapshots> snapshots,
			TouchedReader touched, @Value("${concordat.changes.poll-interval:2s}") Duration interval,
			@Value("${concordat.changes.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.touched = touched;
		this.neo4j = neo4j;
		this.changes = changes;
		this.snapshots = snapshots;
		this.interval = interval;
		// Start-up, before the first snapshot is built: where this instance starts reading the log.
		Poll start = read().block();
		this.last = start.newest();
		this.epoch = start.epoch();
		this.lastLook = Instant.now();
	}

	/** Whether this instance polls the log at all (off for the commands, and in most tests). */
	public boolean enabled() {
		return enabled;
	}

	/** The newest change in the log as of the last look. */
	public long position() {
		return last;
	}

	/** When a look at the log last succeeded: this instance had then seen every change committed before it. */
	public Instant lastLook() {
		return lastLook;
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

	/** One look at the log, and what it took to bring the snapshot up to date with it. */
	public Mono<Outcome> poll() {
		long seen = last;
		String seenEpoch = epoch;
		Instant looked = Instant.now();
		return read(seen).<Outcome>flatMap(p -> {
			last = p.newest();
			epoch = p.epoch();
			// a log begun since a look that found none is read from its first change like any other
			boolean sameLog = p.epoch().equals(seenEpoch) || seenEpoch.isEmpty() && seen == 0;
			if (!sameLog || p.newest() < seen) {
				return rebuild("The change log was started afresh (now at {}, was at {})", p.newest(), seen);
			}
			if (p.newest() == seen) {
				return Mono.just(Outcome.NOTHING);
			}
			if (p.first() > seen + 1) {
				return rebuild("Changes {} to {} were dropped from the log before this instance read them", seen + 1,
						p.first() - 1);
			}
			if (p.foreign().isEmpty()) {
				return Mono.just(Outcome.NOTHING);
			}
			Touched ids = Touched.none();
			for (Map<String, Object> change : p.foreign()) {
				if (!Boolean.FALSE.equals(change.get("rebuild")) || change.get("functions") == null) {
					return rebuild("Another instance changed the register whole (change {}, up to {})", change.get("seq"),
							p.newest());
				}
				ids.add(change);
			}
			if (ids.size() > MAX_TOUCHED) {
				return rebuild("Other instances touched {} entities (changes up to {})", ids.size(), p.newest());
			}
			log.info("Other instances changed {} entities (changes {} to {}): advancing the analytics snapshot",
					ids.size(), seen + 1, p.newest());
			return snapshots.getObject().advance(touched.changes(ids)).thenReturn(Outcome.ADVANCED);
		}).doOnSuccess(outcome -> lastLook = looked);
	}

	private Mono<Outcome> rebuild(String why, Object... args) {
		log.info(why + ": rebuilding the analytics snapshot", args);
		return snapshots.getObject().registerChanged(RegisterChanged.wholeRegister())
			.thenReturn(Outcome.REBUILT);
	}

	/** How many changes after {@code seq} other instances made. */
	public Mono<Long> foreignChangesSince(long seq) {
		return read(seq).map(p -> (long) p.foreign().size());
	}

	private Mono<Poll> read() {
		return read(last);
	}

	private Mono<Poll> read(long since) {
		return neo4j.query(POLL).bindAll(Map.of("last", since, "me", changes.instance()))
			.fetchAs(Poll.class)
			.mappedBy((types, r) -> new Poll(r.get("newest").asLong(), r.get("epoch").asString(),
					r.get("first").isNull() ? Long.MAX_VALUE : r.get("first").asLong(),
					r.get("foreign").asList(v -> v.asMap()).stream()
						.sorted(java.util.Comparator.comparingLong(c -> ((Number) c.get("seq")).longValue())).toList()))
			.one();
	}

	/** @param first the oldest change kept after the last one read (all instances'), or MAX_VALUE if none */
	private record Poll(long newest, String epoch, long first, java.util.List<Map<String, Object>> foreign) {
	}
}
