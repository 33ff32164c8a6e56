package org.concordat.register;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.concordat.audit.AuditLog;
import org.concordat.collaboration.CollaborationWrites;
import org.concordat.entity.Entity;
import org.concordat.force.ForceWrites;
import org.concordat.function.FunctionWrites;
import org.concordat.lessons.LessonWrites;
import org.concordat.people.PersonWrites;
import org.concordat.security.Actor;
import org.concordat.web.RetriesExhaustedException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The one way into the graph: every write, from a whole import to one edited force, is one transaction made
 * here ({@link #transaction}), in which register documents are upserted, each section by its concept's own
 * statements ({@link FunctionWrites}, {@link ForceWrites}, {@link CollaborationWrites}, {@link PersonWrites},
 * {@link LessonWrites}). An entity named in a document is
 * replaced by what the document says of it (its properties and its own links) and given the write's number as
 * its version; entities and memberships it does not name are left alone.
 */
@Component
public class RegisterWriter {

	private static final String CLEAR = """
			MATCH (n) WHERE n:Force OR n:Region OR n:Collaboration OR n:Function OR n:Figure OR n:Partner
			  OR n:Person OR n:Lesson
			DETACH DELETE n""";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegisterWriter.class);

	private final ReactiveNeo4jClient neo4j;

	private final TransactionalOperator transaction;

	private final ObjectProvider<RegisterListener> listeners;

	private final ChangeLog changes;

	private final AuditLog audit;

	private final EntityStates states;

	private final Retry retry;

	private final AtomicLong retried = new AtomicLong();

	@Autowired
	RegisterWriter(ReactiveNeo4jClient neo4j, TransactionalOperator transaction,
			ObjectProvider<RegisterListener> listeners, ChangeLog changes, AuditLog audit, EntityStates states,
			@Value("${concordat.writes.retries:6}") int retries,
			@Value("${concordat.writes.first-backoff:20ms}") Duration firstBackoff,
			@Value("${concordat.writes.max-backoff:500ms}") Duration maxBackoff) {
		this.neo4j = neo4j;
		this.transaction = transaction;
		this.listeners = listeners;
		this.changes = changes;
		this.audit = audit;
		this.states = states;
		this.retry = Retry.backoff(retries, firstBackoff).maxBackoff(maxBackoff).jitter(0.5)
			.filter(RegisterWriter::isTransient)
			.doBeforeRetry(signal -> {
				retried.incrementAndGet();
				log.debug("A write met a transient error (try {}); trying again", signal.totalRetries() + 1,
						signal.failure());
			})
			.onRetryExhaustedThrow((spec, signal) -> new RetriesExhaustedException((int) signal.totalRetries() + 1,
					signal.failure()));
	}

	/** With the default retries: for a second instance's writer in tests. */
	RegisterWriter(ReactiveNeo4jClient neo4j, TransactionalOperator transaction,
			ObjectProvider<RegisterListener> listeners, ChangeLog changes, AuditLog audit, EntityStates states) {
		this(neo4j, transaction, listeners, changes, audit, states, 6, Duration.ofMillis(20), Duration.ofMillis(500));
	}

	/**
	 * Runs {@code work} as one write transaction, retried whole on transient errors; the one place a write
	 * transaction is made. The transaction first takes the change log's next number ({@link ChangeLog}), which
	 * locks the register for writing until it ends and becomes the version of everything it writes; then
	 * {@code work} reads what its rules need, checks them and writes, all inside it; then the change is recorded
	 * in the change log and in the audit (who, through which endpoint, what: {@link AuditLog}), and the
	 * transaction commits. Listeners hear of the change once it has committed. The audit entry is written by the
	 * unit that is retried, so a committed write has exactly one entry and a refused or rolled-back one none.
	 *
	 * <p><b>Why one lock, taken first.</b> Neo4j reads at read-committed and locks what a statement writes
	 * only when it writes it, so a rule checked by reading (shares that sum to at most 1, one host, an id not
	 * yet taken, a referenced force that still exists) could pass in two concurrent transactions that together
	 * break it, and two writers locking the same nodes in different orders deadlock. Every write already
	 * incremented the sequence node before committing; taking it first instead serialises writes, so every
	 * check inside the transaction sees the register as it will be written and two writes never wait on each
	 * other in a cycle. What it costs is measured in docs/integrity.md: writes to one register no longer
	 * overlap, which at the rate people edit a register costs nothing they would notice; reads never wait.
	 *
	 * <p><b>Retries.</b> A transient error (a deadlock with a writer that does not take the lock first, such as
	 * a bulk load's batches; a lock not had within {@code db.lock.acquisition.timeout}; a cluster's leader
	 * changing) rolls the transaction back, and it is run again from the start, reads and checks included,
	 * after a jittered backoff from {@code concordat.writes.first-backoff} (20 ms) doubling up to
	 * {@code concordat.writes.max-backoff} (500 ms), at most {@code concordat.writes.retries} (6) times; then
	 * {@link RetriesExhaustedException}, answered 503 with {@code Retry-After}.
	 *
	 * <p><b>Not cancelled.</b> A write, once subscribed to, is carried out whether or not its subscriber is still
	 * there: cancelling it no longer rolls it back before its commit, nor leaves it committed but unpublished
	 * (docs/integrity.md, "A write runs to its end").
	 */
	public <T> Mono<T> transaction(Function<WriteTransaction, Mono<T>> work) {
		Mono<Committed<T>> attempt = Mono.defer(() -> transaction.transactional(changes.next(neo4j).flatMap(seq -> {
			WriteTransaction write = new WriteTransaction(this, states, seq);
			return work.apply(write).map(Optional::of).defaultIfEmpty(Optional.empty())
				.flatMap(result -> changes.record(neo4j, seq, write.change())
					.then(write.audit() == null ? Mono.empty()
							: Actor.current().flatMap(actor -> audit.record(actor, seq, write.audit())))
					.thenReturn(new Committed<>(result, write)));
		})));
		Mono<Optional<T>> written = attempt.retryWhen(retry)
			.flatMap(done -> (done.write().wrote() ? publish(done.write().change()) : Mono.<Void>empty())
				.thenReturn(done.result()));
		// Once asked for, a write runs to its end, its listeners told. A client that leaves (WebFlux then cancels the
		// request's subscription) while the commit is under way would otherwise leave the write committed but never
		// published: the analytics snapshot without it until the next look at the change log
		// (WriteLeftAtCommitTests). The subscriber's context (who is acting, for the audit) goes with it.
		// A write that fails after its client has left has nobody to answer, so it is logged instead.
		return Mono.deferContextual(context -> {
			java.util.concurrent.CompletableFuture<Optional<T>> running = written.contextWrite(context).toFuture();
			return Mono.fromFuture(running, true).doOnCancel(() -> running.whenComplete((done, failed) -> {
				if (failed != null) {
					log.warn("A write whose client had left failed, with nobody waiting to be told", failed);
				}
			}));
		}).flatMap(Mono::justOrEmpty);
	}

	/**
	 * Writes an already checked document as an import of unknown origin; with {@code replace} the register is
	 * emptied first, in the same transaction.
	 */
	public Mono<Void> write(RegisterDocument doc, boolean replace) {
		return transaction(write -> write.imported(doc, replace, null, doc));
	}

	/** How many times a write transaction was run again after a transient error, since start-up. */
	public long retried() {
		return retried.get();
	}

	/** The steps of an upsert, in the caller's transaction. */
	Mono<Void> steps(RegisterDocument doc, boolean replace, long version) {
		return Flux.concat(replace ? run(CLEAR, Map.of()) : Mono.empty(),
				step(FunctionWrites.FUNCTIONS, d -> FunctionWrites.rows(d.functions()), doc, version),
				step(ForceWrites.FORCES, d -> ForceWrites.rows(d.forces()), doc, version),
				step(CollaborationWrites.COLLABORATIONS, d -> CollaborationWrites.rows(d.collaborations()), doc, version),
				// only the collaborations that have any: a statement with no rows is a round trip saved under the lock
				step(CollaborationWrites.DEPENDENCIES, d -> CollaborationWrites.rows(d.collaborations().stream()
					.filter(c -> !c.dependsOn().isEmpty()).toList()), doc, version),
				step(CollaborationWrites.PARTNERS, d -> CollaborationWrites.rows(d.collaborations().stream()
					.filter(c -> !c.partners().isEmpty()).toList()), doc, version),
				step(CollaborationWrites.MEMBERSHIPS, d -> CollaborationWrites.membershipRows(d.collaborations()), doc,
						version),
				step(CollaborationWrites.FIGURES, d -> CollaborationWrites.figureRows(d.collaborations()), doc, version),
				step(PersonWrites.PEOPLE, d -> PersonWrites.rows(d.people()), doc, version),
				step(LessonWrites.LESSONS, d -> LessonWrites.rows(d.lessons()), doc, version))
			.then();
	}

	/** The entities whose links to the {@code kind} {@code id} its delete takes away ({@link Entity#linked}). */
	Mono<Map<Entity, List<String>>> linked(Entity kind, String id) {
		return neo4j.query(kind.linked()).bindAll(Map.of("id", id)).fetch().one()
			.map(row -> Map.of(Entity.COLLABORATION, ids(row.get("collaborations")), Entity.PERSON,
					ids(row.get("people")), Entity.LESSON, ids(row.get("lessons"))));
	}

	private static List<String> ids(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	/** One statement, in the caller's transaction. */
	Mono<Void> run(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).run().then();
	}

	/** The write has committed: a listener that fails must not turn it into an error for the client. */
	private Mono<Void> publish(RegisterChanged change) {
		return Flux.fromStream(() -> listeners.orderedStream())
			.concatMap(l -> l.registerChanged(change)
				.onErrorResume(e -> Mono.fromRunnable(() -> log.warn("A register listener failed", e))))
			.then();
	}

	private Mono<Void> step(String cypher, Function<RegisterDocument, List<Map<String, Object>>> rows,
			RegisterDocument doc, long version) {
		return Mono.defer(() -> {
			List<Map<String, Object>> parameters = rows.apply(doc);
			return parameters.isEmpty() ? Mono.empty() : run(cypher, Map.of("rows", parameters, "version", version));
		});
	}

	/**
	 * Neo4j's transient errors, which a transaction run again may not meet (the driver's own retry logic
	 * retries the same set): {@code TransientException} (deadlocks, lock timeouts, a database briefly
	 * unavailable) and {@code SessionExpiredException} (a cluster member that stopped taking writes). Spring may
	 * have wrapped them in its own exceptions; the cause chain is searched.
	 */
	static boolean isTransient(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof TransientException || t instanceof SessionExpiredException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/** What one successful attempt left: the work's result and the write it made. */
	private record Committed<T>(Optional<T> result, WriteTransaction write) {
	}
}
