package org.concordat.bulk;

import java.util.List;
import java.util.Map;

import org.concordat.register.ChangeLog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes each batch in a transaction of its own through the driver (parameterised UNWIND statements, the rows
 * as {@code $rows}); a batch commits whole or not at all. The driver retries transient failures. Every entity
 * written gets the load's {@code version}: its number in the change log, taken with its audit entry just
 * before the first batch ({@link ChangeLog#beginBulkLoad}), so a load that writes nothing takes no number.
 */
public final class Neo4jBatchSink implements BatchSink {

	private final Driver driver;

	private final ChangeLog changes;

	private final ChangeLog.BulkLoadAudit audit;

	private long version;

	/** A sink that writes with a fixed version and records nothing (the benchmarks' own loads). */
	public Neo4jBatchSink(Driver driver, long version) {
		this.driver = driver;
		this.changes = null;
		this.audit = null;
		this.version = version;
	}

	private Neo4jBatchSink(Driver driver, ChangeLog changes, ChangeLog.BulkLoadAudit audit) {
		this.driver = driver;
		this.changes = changes;
		this.audit = audit;
		this.version = -1;
	}

	/** A sink for a load about to start: takes the load's number in the change log, and its audit entry, at its first batch. */
	public static Neo4jBatchSink beginning(Driver driver, ChangeLog changes, ChangeLog.BulkLoadAudit audit) {
		return new Neo4jBatchSink(driver, changes, audit);
	}

	@Override
	public void write(List<String> statements, List<Map<String, Object>> rows) {
		if (version < 0) {
			version = changes.beginBulkLoad(driver, audit);
		}
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> statements.forEach(s -> tx.run(s, Map.of("rows", rows, "version", version)).consume()));
		}
	}
}
