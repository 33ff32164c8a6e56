package org.concordat.bulk;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes each batch in a transaction of its own through the driver (parameterised UNWIND statements, the rows
 * as {@code $rows}); a batch commits whole or not at all. The driver retries transient failures.
 */
public final class Neo4jBatchSink implements BatchSink {

	private final Driver driver;

	public Neo4jBatchSink(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void write(List<String> statements, List<Map<String, Object>> rows) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> statements.forEach(s -> tx.run(s, Map.of("rows", rows)).consume()));
		}
	}
}
