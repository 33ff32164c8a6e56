package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.concordat.ApiTest;
import org.concordat.ConcurrentHttp;
import org.concordat.ConcurrentHttp.Answer;
import org.concordat.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Neo4j's transient errors, met for real: another transaction holds the register's write lock (the change
 * log's sequence node, which every write takes first) while the database gives up waiting for a lock after
 * {@value #LOCK_WAIT_MS} ms ({@code db.lock.acquisition.timeout}, set for these tests only), so each try of
 * the write fails with {@code LockAcquisitionTimeout}, a transient error.
 */
class TransientErrorTests extends ApiTest {

	private static final long LOCK_WAIT_MS = 100;

	@Autowired
	private DatabaseManagementService neo4j;

	@Autowired
	private Driver driver;

	@Autowired
	private RegisterWriter writer;

	@LocalServerPort
	private int port;

	@BeforeEach
	void giveUpWaitingForLocksSoon() {
		config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofMillis(LOCK_WAIT_MS), "test");
	}

	@AfterEach
	void waitForLocksAgain() {
		config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ZERO, "test");
	}

	@Test
	void aWriteThatMeetsTransientErrorsIsRetriedWholeAndSucceedsOnceTheLockIsFree() throws Exception {
		load(Fixtures.tinyRegister());
		String etag = etag("/api/forces/aford");
		long retriedBefore = writer.retried();
		CompletableFuture<Answer> answer;
		try (Session session = driver.session(); Transaction holder = session.beginTransaction()) {
			holdTheRegistersWriteLock(holder);
			answer = rename(etag).toFuture();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (writer.retried() == retriedBefore && System.nanoTime() < deadline) {
				Thread.sleep(5); // until a try has failed on the held lock and the write is waiting to try again
			}
			holder.rollback();
		}
		Answer done = answer.get();
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("name")).isEqualTo("Renamed");
		assertThat(writer.retried() - retriedBefore).as("tries that met the held lock").isPositive();
	}

	@Test
	void aWriteThatMeetsTransientErrorsOnEveryTryIsAnswered503WithRetryAfterAndChangesNothing() throws Exception {
		load(Fixtures.tinyRegister());
		String etag = etag("/api/forces/aford");
		Answer refused;
		try (Session session = driver.session(); Transaction holder = session.beginTransaction()) {
			holdTheRegistersWriteLock(holder);
			var exchange = web.mutate().responseTimeout(Duration.ofSeconds(60)).build().put().uri("/api/forces/aford")
				.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "Renamed", "region", "North")).exchange();
			exchange.expectStatus().isEqualTo(503)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().valueEquals("Retry-After", "1")
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("register");
			holder.rollback();
		}
		web.get().uri("/api/forces/aford").exchange().expectHeader().valueEquals("ETag", etag)
			.expectBody().jsonPath("$.name").isEqualTo("AFORD Police");
	}

	@Test
	void onlyTransientErrorsAreRetried() {
		load(Fixtures.tinyRegister());
		long retriedBefore = writer.retried();
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "aford", "name", "Again", "region", "North")).exchange()
			.expectStatus().isEqualTo(409);
		assertThat(writer.retried()).isEqualTo(retriedBefore);
	}

	private reactor.core.publisher.Mono<Answer> rename(String etag) {
		return new ConcurrentHttp(port).put("/api/forces/aford", etag, Map.of("name", "Renamed", "region", "North"));
	}

	private static void holdTheRegistersWriteLock(Transaction holder) {
		holder.run("MATCH (s:ChangeSequence {id: 'register'}) SET s.heldByTest = true").consume();
	}

	private Config config() {
		return ((GraphDatabaseAPI) neo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(Config.class);
	}
}
