package org.concordat.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concordat.entity.Entity;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A numbered record of every committed write, kept in the database beside the register, so that several API
 * instances sharing one database each learn of the others' writes (each holds its own analytics snapshot).
 * The number comes from one sequence node incremented first thing in the writing transaction (which so holds
 * its lock to the end), so changes are totally ordered, in the order they commit, and a change is visible
 * exactly when its write is. The number is also the version of what the write changed. Only the newest {@link #KEEP} are kept. The
 * sequence node carries a random epoch, so a log started afresh (the database emptied) is told apart from the
 * old one even once its numbers have caught up.
 *
 * <p>Each change names the ids it touched, by kind (written or deleted alike), so that other instances can
 * re-read just those; a change too large to list ({@link #MAX_IDS}), a replacing import or a bulk load says
 * {@code rebuild} instead, and they read the register whole.
 */
@Component
public class ChangeLog {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeLog.class);

	static final int KEEP = 10_000;

	/** More ids than this in one change, and it asks for a rebuild rather than listing them. */
	static final int MAX_IDS = 1_000;

	/**
	 * The first statement of every write transaction: takes the next number, and with it the write lock on the
	 * sequence node, held until the transaction ends (see {@link RegisterWriter} for why first).
	 */
	private static final String NEXT = """
			MERGE (s:ChangeSequence {id: 'register'})
			ON CREATE SET s.epoch = randomUUID()
			SET s.seq = coalesce(s.seq, 0) + 1
			RETURN s.seq""";

	private static final String RECORD = """
			CREATE (:Change {seq: $seq, at: datetime(), instance: $instance, rebuild: $rebuild,
			  functions: $functions, forces: $forces, collaborations: $collaborations, people: $people,
			  lessons: $lessons})
			WITH count(*) AS created
			MATCH (old:Change) WHERE old.seq <= $seq - $keep
			DELETE old""";

	private final String instance;

	public ChangeLog() {
		this(UUID.randomUUID().toString());
	}

	ChangeLog(String instance) {
		this.instance = instance;
	}

	/** This process's name in the log: its own changes it already knows about. */
	public String instance() {
		return instance;
	}

	/**
	 * Takes this write's number, in the caller's transaction, which from then on holds the register's write
	 * lock. The number is also the version of every entity the write changes.
	 */
	Mono<Long> next(ReactiveNeo4jClient neo4j) {
		return neo4j.query(NEXT).fetchAs(Long.class).mappedBy((types, r) -> r.get(0).asLong()).one();
	}

	/** Records the change numbered {@code seq}, in the caller's transaction (so it commits, or not, with the write). */
	Mono<Void> record(ReactiveNeo4jClient neo4j, long seq, RegisterChanged change) {
		return neo4j.query(RECORD).bindAll(parameters(seq, change)).run().then();
	}

	/** What a bulk load also writes in the transactions that begin and end it: its audit entry. */
	public interface BulkLoadAudit {

		/** In the transaction that takes the load's number, before its first batch. */
		void begin(TransactionContext tx, long seq);

		/** In the transaction that records the load's end. */
		void complete(TransactionContext tx);
	}

	/**
	 * Before a bulk load's first batch, which is written outside the register writer: a number of its own for
	 * the load, the version every entity it writes carries, recorded as a change that touched nothing yet (so
	 * the log has no gap), and the load's audit entry in the same transaction. Blocking, like the load.
	 */
	public long beginBulkLoad(Driver driver, BulkLoadAudit audit) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				long seq = tx.run(NEXT).single().get(0).asLong();
				tx.run(RECORD, parameters(seq, RegisterChanged.upsert(RegisterDocument.empty(), false))).consume();
				audit.begin(tx, seq);
				return seq;
			});
		}
	}

	/**
	 * After a bulk load: one change telling every other instance to rebuild, and the load's audit entry
	 * completed. Blocking: the bulk load runs on a thread of its own or on the command line. The load has
	 * committed whatever it committed by now, so a failure here is logged, not thrown over the load's own
	 * outcome: other instances then learn of the load at their next restart or rebuild (and the audit entry
	 * stays {@code running}).
	 */
	public void recordBulkLoad(Driver driver, BulkLoadAudit audit) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				long seq = tx.run(NEXT).single().get(0).asLong();
				tx.run(RECORD, parameters(seq, RegisterChanged.wholeRegister())).consume();
				audit.complete(tx);
			});
		}
		catch (RuntimeException e) {
			log.warn("Could not record the bulk load in the change log; other instances will not rebuild for it", e);
		}
	}

	private Map<String, Object> parameters(long seq, RegisterChanged change) {
		Map<Entity, List<String>> touched = change.touched();
		boolean rebuild = change.replaced() || touched.values().stream().mapToInt(List::size).sum() > MAX_IDS;
		Map<String, Object> p = new HashMap<>(Map.of("seq", seq, "instance", instance, "rebuild", rebuild, "keep", KEEP));
		touched.forEach((kind, ids) -> p.put(kind.plural(), rebuild ? List.of() : ids));
		return p;
	}
}
