package org.concordat.register;

import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A numbered record of every committed write, kept in the database beside the register, so that several API
 * instances sharing one database each learn of the others' writes (each holds its own analytics snapshot).
 * The number comes from one sequence node incremented in the writing transaction, so changes are totally
 * ordered and a change is visible exactly when its write is. Only the newest {@link #KEEP} are kept. The
 * sequence node carries a random epoch, so a log started afresh (the database emptied) is told apart from the
 * old one even once its numbers have caught up.
 */
@Component
public class ChangeLog {

	static final int KEEP = 10_000;

	private static final String RECORD = """
			MERGE (s:ChangeSequence {id: 'register'})
			ON CREATE SET s.epoch = randomUUID()
			SET s.seq = coalesce(s.seq, 0) + 1
			CREATE (:Change {seq: s.seq, at: datetime(), instance: $instance, rebuild: $rebuild})
			WITH s
			MATCH (old:Change) WHERE old.seq <= s.seq - $keep
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

	/** Records a change, in the caller's transaction (so it commits, or not, with the write). */
	Mono<Void> record(ReactiveNeo4jClient neo4j, boolean rebuild) {
		return neo4j.query(RECORD).bindAll(parameters(rebuild)).run().then();
	}

	/**
	 * After a bulk load, which writes batch by batch outside the register writer: one change telling every
	 * other instance to rebuild. Blocking: the bulk load runs on a thread of its own or on the command line.
	 */
	public void recordBulkLoad(Driver driver) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(RECORD, parameters(true)).consume());
		}
	}

	private Map<String, Object> parameters(boolean rebuild) {
		return Map.of("instance", instance, "rebuild", rebuild, "keep", KEEP);
	}
}
