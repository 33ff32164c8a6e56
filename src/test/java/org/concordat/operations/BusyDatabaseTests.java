package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.http.MediaType;

/** When every pooled connection stays busy, a request waits no longer than the acquisition timeout, then hears 503. */
class BusyDatabaseTests extends ApiTest {

	@Autowired
	private Driver driver;

	@Autowired
	private Neo4jProperties neo4j;

	@Test
	void aRequestThatCannotGetAConnectionInTimeIsAnswered503WithRetryAfterWithinTwoSeconds() {
		load(Fixtures.tinyRegister());
		List<Session> sessions = new ArrayList<>();
		List<Transaction> held = new ArrayList<>();
		try {
			for (int i = 0; i < neo4j.getPool().getMaxConnectionPoolSize(); i++) {
				Session session = driver.session();
				sessions.add(session);
				Transaction tx = session.beginTransaction();
				tx.run("RETURN 1").consume(); // the connection is now the transaction's until it ends
				held.add(tx);
			}
			// untimed: the first refusal also loads and compiles the code that answers it
			web.get().uri("/api/forces").exchange().expectStatus().isEqualTo(503);
			long began = System.nanoTime();
			web.get().uri("/api/forces/aford").exchange().expectStatus().isEqualTo(503)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().exists("Retry-After")
				.expectBody().jsonPath("$.title").isEqualTo("Database unavailable");
			Duration took = Duration.ofNanos(System.nanoTime() - began);
			System.out.printf("busy database: 503 after %d ms%n", took.toMillis());
			assertThat(took).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			held.forEach(Transaction::rollback);
			sessions.forEach(Session::close);
		}
		web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
			.get().uri("/api/forces/aford").exchange().expectStatus().isOk();
	}
}
