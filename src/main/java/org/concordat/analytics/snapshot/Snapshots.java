package org.concordat.analytics.snapshot;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.db.SchemaMigrations;
import org.concordat.entity.Entity;
import org.concordat.register.RegisterChanged;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Holds the current analytics snapshot. It is built from Neo4j at start-up and then advanced after every
 * committed write: only the collaborations a write touched are re-read (their memberships may have been
 * merged with ones the write did not name); everything else comes from the write's own document. Readers
 * take the current version from one atomic reference and never wait; updates run one after another.
 */
@Component
@org.springframework.context.annotation.DependsOn("changeFeed") // it notes where the change log stands before the first build
public class Snapshots implements RegisterListener {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	private final SnapshotReader reader;

	private final CollaborationRepository collaborations;

	private final ApplicationEventPublisher events;

	private final AtomicReference<RegisterSnapshot> current = new AtomicReference<>();

	private final AtomicLong versions = new AtomicLong();

	private final AtomicLong lastUpdateNanos = new AtomicLong();

	/** Operators' view of the same delay, every update (README, "Operating it"). */
	private final Timer writeToVisible;

	private volatile Instant currentSince = Instant.now();

	private Mono<Void> tail = Mono.empty();

	Snapshots(SchemaMigrations schema, SnapshotReader reader, CollaborationRepository collaborations,
			ApplicationEventPublisher events, @Value("${concordat.snapshot.at-start:true}") boolean atStart,
			MeterRegistry meters) {
		this.writeToVisible = Timer.builder("concordat.write.to.visible")
			.description("From a committed change reaching the analytics snapshot to the snapshot showing it")
			.publishPercentileHistogram()
			.register(meters);
		this.reader = reader;
		this.collaborations = collaborations;
		this.events = events;
		if (atStart) {
			// Start-up, before any request: the first snapshot is read whole from the register.
			rebuild().block();
		}
		else {
			// The load command writes and exits: reading a national register first would be wasted.
			current.set(SnapshotBuilder.build(versions.incrementAndGet(), RegisterDocument.empty()));
		}
	}

	public RegisterSnapshot current() {
		return current.get();
	}

	/** How long the last write took to become visible here, from its commit to the new snapshot. */
	public long lastUpdateMicros() {
		return lastUpdateNanos.get() / 1_000;
	}

	/** When the current snapshot was built or last advanced. */
	public Instant currentSince() {
		return currentSince;
	}

	@Override
	public Mono<Void> registerChanged(RegisterChanged change) {
		return update(Mono.defer(() -> change.replaced() ? rebuild() : advance(change)));
	}

	/**
	 * Other instances' changes, as re-read from the register when it is their turn (the {@code changes} are read
	 * on subscription), applied in order with this instance's own.
	 */
	Mono<Void> advance(Mono<SnapshotChanges> changes) {
		return update(changes.map(c -> SnapshotBuilder.advance(current.get(), versions.incrementAndGet(), c))
			.doOnNext(this::swap)
			.then());
	}

	private Mono<Void> update(Mono<Void> work) {
		long committed = System.nanoTime();
		return enqueue(work.doOnSuccess(done -> {
			long nanos = System.nanoTime() - committed;
			lastUpdateNanos.set(nanos);
			writeToVisible.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
		}).onErrorResume(e -> {
			log.warn("Could not advance the analytics snapshot; rebuilding it whole", e);
			return rebuild();
		}));
	}

	/**
	 * Updates run in commit order: a slow re-read must not let an older state overwrite a newer one. Each
	 * update is started here, so a client that stops waiting cannot cancel it; the chain is cut when idle.
	 */
	private synchronized Mono<Void> enqueue(Mono<Void> work) {
		AtomicReference<Mono<Void>> self = new AtomicReference<>();
		Mono<Void> next = tail.onErrorResume(e -> Mono.empty()).then(work)
			.doFinally(signal -> release(self.get()))
			.cache();
		self.set(next);
		tail = next;
		next.subscribe(done -> { }, e -> log.warn("Analytics snapshot update failed", e));
		return next;
	}

	private synchronized void release(Mono<Void> finished) {
		if (tail == finished) {
			tail = Mono.empty();
		}
	}

	public Mono<Void> rebuild() {
		long started = System.nanoTime();
		// blocking driver reads, off the event loop
		return Mono.fromCallable(reader::read).subscribeOn(Schedulers.boundedElastic())
			.map(doc -> SnapshotBuilder.build(versions.incrementAndGet(), doc))
			.doOnNext(snapshot -> log.info("Analytics snapshot v{} built in {} ms: {} forces, {} collaborations, "
					+ "{} memberships", snapshot.version(), (System.nanoTime() - started) / 1_000_000,
					snapshot.forceCount(), snapshot.collabCount(), snapshot.membershipCount()))
			.doOnNext(this::swap)
			.then();
	}

	private Mono<Void> advance(RegisterChanged change) {
		RegisterDocument doc = change.upserted();
		List<String> ids = doc.collaborations().stream().map(Collaboration::id).toList();
		return collaborations.findAll(ids).collectList().map(fresh -> {
			SnapshotChanges changes = new SnapshotChanges(doc.functions(), doc.forces(), fresh, doc.people(),
					doc.lessons(), deleted(change, Entity.FUNCTION), deleted(change, Entity.FORCE),
					deleted(change, Entity.COLLABORATION), deleted(change, Entity.PERSON),
					deleted(change, Entity.LESSON));
			return SnapshotBuilder.advance(current.get(), versions.incrementAndGet(), changes);
		}).doOnNext(this::swap).then();
	}

	private static Set<String> deleted(RegisterChanged change, Entity kind) {
		Set<String> ids = new HashSet<>();
		if (change.deletedKind() == kind) {
			ids.add(change.deletedId());
		}
		return ids;
	}

	private void swap(RegisterSnapshot snapshot) {
		current.set(snapshot);
		currentSince = Instant.now();
		events.publishEvent(new SnapshotAdvanced(snapshot));
	}

	/** Published when a new snapshot version is current, for caches of whole-network results. */
	public record SnapshotAdvanced(RegisterSnapshot snapshot) {
	}
}
