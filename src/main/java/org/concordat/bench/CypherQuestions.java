package org.concordat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.core.io.ClassPathResource;

/**
 * The questions answered the Cypher-only way: the queries in {@code cypher/queries} (shipped in the jar), run
 * through the driver in a read transaction, their records handed back as they come.
 */
final class CypherQuestions {

	private final Driver driver;

	CypherQuestions(Driver driver) {
		this.driver = driver;
	}

	static String query(String name) {
		try (InputStream in = new ClassPathResource("cypher/queries/" + name + ".cypher").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Record> run(String query, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(query, parameters).list());
		}
	}

	/**
	 * As {@link #run}, giving up after {@code timeout}: null when the query did not finish by then. The
	 * transaction's own timeout is not enough (a long shortest-path search does not stop for it), so the query
	 * runs on another thread and is terminated by id when the time is up.
	 */
	List<Record> run(String query, Map<String, Object> parameters, java.time.Duration timeout) {
		var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> run(query, parameters));
		try {
			return running.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException e) {
			// Asked to stop; a shortest-path search may not check until it is done, so it is not waited for.
			terminate(query.lines().filter(l -> !l.startsWith("//")).findFirst().orElse(query));
			return null;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void terminate(String marker) {
		try (Session session = driver.session()) {
			List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery "
					+ "WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId",
					Map.of("marker", marker)).list(r -> r.get(0).asString());
			if (!ids.isEmpty()) {
				session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
			}
		}
	}
}
