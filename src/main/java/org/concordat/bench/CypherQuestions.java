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

	/** As {@link #run}, giving up after {@code timeout}: null when the query did not finish by then. */
	List<Record> run(String query, Map<String, Object> parameters, java.time.Duration timeout) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(query, parameters).list(),
					org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build());
		}
		catch (org.neo4j.driver.exceptions.ClientException e) {
			if (String.valueOf(e.code()).contains("TransactionTimedOut") || String.valueOf(e.getMessage()).contains("timed out")) {
				return null;
			}
			throw e;
		}
	}
}
