package org.concordat.bulk;

import java.util.List;
import java.util.Map;

import org.concordat.register.ChangeLog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes each batch in a transaction of its own through the driver (parameterised UNWIND statements, the rows
 * as {@code $rows}); a batch commits whole or not at all. The driver retries transient failures. Every entity
 * written gets the load's {@code version} (its number in the change log, {@link ChangeLog#beginBulkLoad}).
 */
public final class Neo4jBatchSink implements BatchSink {

	private final Driver driver;

	private final long version;

	public Neo4jBatchSink(Driver driver, long version) {
		this.driver = driver;
		this.version = version;
	}

	/** A sink for a load about to start: takes the load's number in the change log. */
	public static Neo4jBatchSink beginning(Driver driver, ChangeLog changes) {
		return new Neo4jBatchSink(driver, changes.beginBulkLoad(driver));
	}

	@Override
	public void write(List<String> statements, List<Map<String, Object>> rows) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> statements.forEach(s -> tx.run(s, Map.of("rows", rows, "version", version)).consume()));
		}
	}
}
