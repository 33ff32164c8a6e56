package org.concordat.analytics.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.concordat.analytics.snapshot.ChangeFeed.Change;
import org.concordat.analytics.snapshot.ChangeFeed.LogRead;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.db.SchemaMigrations;
import org.concordat.register.RegisterChanged;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Holds the current analytics snapshot and keeps it current. Readers take it from one atomic reference and
 * never wait; updates run one after another, in the order they were asked for.
 *
 * <ul>
 * <li><b>A whole read</b> (at start-up, after a bulk load or a replacing import, when the log says so) is
 * consistent although Neo4j reads committed data: it notes where the change log stands, reads the register,
 * then replays the changes recorded since, re-reading the current state of what they touched, until a look
 * at the log finds none.</li>
 * <li><b>This instance's writes</b> advance it before their response is sent: what a write touched is re-read
 * by id (a collaboration's memberships may merge with ones it did not name), as a catch-up does.</li>
 * <li><b>Catching up</b> with the log every {@code concordat.changes.poll-interval}: the same replay, for every
 * change after the snapshot's position (this instance's own are re-read too, which costs little and leaves no
 * doubt about the position); a whole read instead when the log was started afresh, dropped changes not yet
 * read, or holds a change that names no ids (a replacing import, a bulk load, too large a write).</li>
 * </ul>
 */
@Component
public class Snapshots implements RegisterListener {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	/** More entities touched than this since the last look, and the register is read whole instead. */
	static final int MAX_TOUCHED = 5_000;

	/** Looks at the log after a whole read, at most: under a steady stream of writes, one of them finds none. */
	private static final int MAX_ROUNDS = 10;

	/** What a look at the log did. */
	public enum Outcome {
		NOTHING, ADVANCED, REBUILT
	}

	private record Step(SnapshotState state, Outcome outcome) {
	}

	private final SnapshotReader reader;

	private final ChangeFeed feed;

	private final TouchedReader touched;

	private final ApplicationEventPublisher events;

	private final Duration interval;

	private final boolean polling;

	private final AtomicReference<SnapshotState> state = new AtomicReference<>();

	private final AtomicLong versions = new AtomicLong();

	private volatile Duration lastWriteToVisible = Duration.ZERO;

	private volatile Duration feedLag = Duration.ZERO;

	/** Operators' view of the write-to-visible delay, every update (README, "Operating it"). */
	private final Timer writeToVisible;

	private Mono<?> tail = Mono.empty();

	private Disposable poller;

	Snapshots(SchemaMigrations schema, SnapshotReader reader, ChangeFeed feed, TouchedReader touched,
			ApplicationEventPublisher events,
			@Value("${concordat.snapshot.at-start:true}") boolean atStart,
			@Value("${concordat.changes.poll-interval:2s}") Duration interval,
			@Value("${concordat.changes.enabled:true}") boolean polling, MeterRegistry meters) {
		this.writeToVisible = Timer.builder("concordat.write.to.visible")
			.description("From a committed change reaching the analytics snapshot to the snapshot showing it")
			.publishPercentileHistogram()
			.register(meters);
		this.reader = reader;
		this.feed = feed;
		this.touched = touched;
		this.events = events;
		this.interval = interval;
		this.polling = polling;
		// Start-up, before any request: blocking here is what start-up is for. The load command writes and exits,
		// so it starts empty rather than read a national register it does not need.
		state.set(atStart ? readWhole().block()
				: new SnapshotState(SnapshotBuilder.build(versions.incrementAndGet(), RegisterDocument.empty()), 0, "",
						Instant.now()));
	}

	public RegisterSnapshot current() {
		return state.get().snapshot();
	}

	/** Whether this instance follows the change log for other instances' writes (off for the commands). */
	public boolean followsChangeLog() {
		return polling;
	}

	/** The snapshot with the change-log position it reflects and when it was last found up to date. */
	public SnapshotState state() {
		return state.get();
	}

	/** How long this instance's last write took to become visible here, from its commit to the new snapshot. */
	public Duration lastWriteToVisible() {
		return lastWriteToVisible;
	}

	/** How long the other instances' changes applied by the last catch-up had waited, from their commit. */
	public Duration feedLag() {
		return feedLag;
	}

	@Override
	public Mono<Void> registerChanged(RegisterChanged change) {
		long committed = System.nanoTime();
		Mono<Void> update = change.replaced() ? Mono.defer(this::readWhole).doOnNext(this::swap).then() : advance(change);
		return enqueue(update.doOnSuccess(x -> {
			lastWriteToVisible = Duration.ofNanos(System.nanoTime() - committed);
			writeToVisible.record(lastWriteToVisible);
		})
			.onErrorResume(e -> Mono.fromRunnable(() -> log.warn(
					"Could not advance the analytics snapshot by a write; the next look at the change log will", e))))
			.then();
	}

	/** Reads the register whole, consistently (see the class comment), after the updates already asked for. */
	public Mono<Void> rebuild() {
		return enqueue(Mono.defer(this::readWhole).doOnNext(this::swap)).then();
	}

	/** One look at the change log, and what it took to bring the snapshot up to date with it. */
	public Mono<Outcome> catchUp() {
		return enqueue(Mono.defer(() -> catchUp(state.get(), 1)).doOnNext(step -> swap(step.state())).map(Step::outcome));
	}

	@EventListener(ApplicationReadyEvent.class)
	void startPolling() {
		if (polling) {
			poller = Flux.interval(interval).onBackpressureDrop()
				.concatMap(tick -> catchUp().onErrorResume(e -> {
					log.warn("Could not read the change log; the snapshot is {} old; trying again in {}",
							state.get().age(), interval, e);
					return Mono.empty();
				}), 1)
				.subscribe();
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stopPolling() {
		if (poller != null) {
			poller.dispose();
		}
	}

	/** Notes where the log stands, reads the register, then replays what was recorded meanwhile. */
	private Mono<SnapshotState> readWhole() {
		long started = System.nanoTime();
		return feed.after(Long.MAX_VALUE)
			.flatMap(before -> Mono.fromCallable(reader::read).subscribeOn(Schedulers.boundedElastic()) // blocking driver
				.map(doc -> new SnapshotState(SnapshotBuilder.build(versions.incrementAndGet(), doc), before.newest(),
						before.epoch(), Instant.now())))
			.flatMap(read -> catchUp(read, MAX_ROUNDS))
			.map(Step::state)
			.doOnNext(s -> log.info("Analytics snapshot v{} read in {} ms at change {}: {} forces, {} collaborations, "
					+ "{} memberships", s.snapshot().version(), (System.nanoTime() - started) / 1_000_000, s.position(),
					s.snapshot().forceCount(), s.snapshot().collabCount(), s.snapshot().membershipCount()));
	}

	/** The changes after {@code s}'s position, applied; again until a look finds none, at most {@code rounds} looks. */
	private Mono<Step> catchUp(SnapshotState s, int rounds) {
		Instant looked = Instant.now();
		return feed.after(s.position()).flatMap(logRead -> {
			String whyWhole = whyReadWhole(s, logRead);
			if (whyWhole != null) {
				log.info("{}: reading the register whole", whyWhole);
				return readWhole().map(whole -> new Step(whole, Outcome.REBUILT));
			}
			LogRead read = logRead.unbrokenAfter(s.position());
			Touched ids = Touched.none();
			read.changes().stream().filter(c -> !c.rebuild()).forEach(c -> ids.add(c.ids()));
			if (ids.size() == 0) {
				return Mono.just(new Step(s.upToDate(read.newest(), read.epoch(), looked), Outcome.NOTHING));
			}
			log.debug("Changes {} to {} touched {} entities: advancing the analytics snapshot", s.position() + 1,
					read.newest(), ids.size());
			return touched.changes(ids)
				.map(changes -> s.with(SnapshotBuilder.advance(s.snapshot(), versions.incrementAndGet(), changes))
					.upToDate(read.newest(), read.epoch(), looked))
				.doOnNext(next -> noteLag(read.changes()))
				.flatMap(next -> rounds > 1 ? catchUp(next, rounds - 1).map(step -> new Step(step.state(),
						step.outcome() == Outcome.REBUILT ? Outcome.REBUILT : Outcome.ADVANCED))
						: Mono.just(new Step(next, Outcome.ADVANCED)));
		});
	}

	/** Why the changes after {@code s}'s position cannot be replayed, or null when they can. */
	private String whyReadWhole(SnapshotState s, LogRead read) {
		boolean sameLog = read.epoch().equals(s.epoch()) || s.epoch().isEmpty() && s.position() == 0;
		if (!sameLog || read.newest() < s.position()) {
			return "The change log was started afresh (now at " + read.newest() + ", was at " + s.position() + ")";
		}
		if (read.missesChangesAfter(s.position())) {
			return "Changes after " + s.position() + " were dropped from the log before this instance read them";
		}
		for (Change c : read.changes()) {
			// this instance's own bulk loads read the register whole before they are recorded
			boolean ownBulkLoad = c.rebuild() && feed.instance().equals(c.instance());
			if (c.ids() == null || c.rebuild() && !ownBulkLoad) {
				return "Change " + c.seq() + " changed the register whole or named no ids";
			}
		}
		int size = read.changes().stream().filter(c -> !c.rebuild()).mapToInt(c -> {
			Touched one = Touched.none();
			one.add(c.ids());
			return one.size();
		}).sum();
		return size > MAX_TOUCHED ? "Changes up to " + read.newest() + " touched " + size + " entities" : null;
	}

	private void noteLag(List<Change> changes) {
		changes.stream().filter(c -> c.at() != null && !feed.instance().equals(c.instance()))
			.map(Change::at).min(Instant::compareTo)
			.ifPresent(oldest -> feedLag = Duration.between(oldest, Instant.now()));
	}

	/** This instance's write: what it touched, re-read by id (the collaborations' memberships it did not name too). */
	private Mono<Void> advance(RegisterChanged change) {
		Touched ids = Touched.none();
		change.touched().forEach((kind, written) -> ids.of(kind).addAll(written));
		return touched.changes(ids)
			.map(changes -> state.get().with(SnapshotBuilder.advance(current(), versions.incrementAndGet(), changes)))
			.doOnNext(this::swap)
			.then();
	}

	private void swap(SnapshotState next) {
		SnapshotState previous = state.getAndSet(next);
		if (previous == null || previous.snapshot() != next.snapshot()) {
			events.publishEvent(new SnapshotAdvanced(next.snapshot()));
		}
	}

	/**
	 * Updates run in the order asked for: a slow re-read must not let an older state overwrite a newer one. Each
	 * is started here, so a client that stops waiting cannot cancel it; the chain is cut when idle.
	 */
	private synchronized <T> Mono<T> enqueue(Mono<T> work) {
		AtomicReference<Mono<?>> self = new AtomicReference<>();
		Mono<T> next = tail.onErrorResume(e -> Mono.empty()).then(work).doFinally(signal -> release(self.get())).cache();
		self.set(next);
		tail = next;
		next.subscribe(done -> { }, e -> log.warn("Analytics snapshot update failed", e));
		return next;
	}

	private synchronized void release(Mono<?> finished) {
		if (tail == finished) {
			tail = Mono.empty();
		}
	}

	/** Published when a new snapshot version is current, for caches of whole-network results. */
	public record SnapshotAdvanced(RegisterSnapshot snapshot) {
	}
}
