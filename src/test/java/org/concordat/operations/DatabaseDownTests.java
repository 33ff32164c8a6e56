package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.concordat.ConcordatApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances, the first serving its embedded Neo4j's Bolt to the second as an external database. The first is
 * stopped, so the second's database is gone: its database endpoints answer 503 problem+json with Retry-After
 * within 2 s, its readiness is DOWN while its liveness stays UP, and its analytics keep answering from the
 * snapshot. The first is started again on the same files and port, and the second recovers without a restart.
 * The second's transactions time out after 1 s here, so a write held up by another's lock is ended and answered
 * 503 too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the one that stops the database last
class DatabaseDownTests {

	private static final Path HOME = Path.of("target/neo4j-database-down");

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	private int bolt;

	/** The first instance, whose database the second uses; stopped and started again by one test. */
	private ConfigurableApplicationContext database;

	private WebTestClient api;

	private WebTestClient operator;

	@BeforeAll
	void startBoth() throws IOException {
		FileSystemUtils.deleteRecursively(HOME);
		bolt = freePort();
		database = startDatabaseInstance(bolt);
		ConfigurableApplicationContext app = start("--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
				"--server.port=0", "--management.server.port=0", "--concordat.seed.enabled=false",
				"--concordat.changes.poll-interval=500ms", "--concordat.neo4j.transaction-timeout=1s");
		api = client(((WebServerApplicationContext) app).getWebServer().getPort());
		operator = client(Integer.parseInt(app.getEnvironment().getProperty("local.management.port")));
	}

	@AfterAll
	void stopBoth() {
		started.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	@Order(1)
	void aWriteHeldUpBeyondTheTransactionTimeoutIsEndedAndAnswered503() {
		Driver driver = database.getBean(Driver.class);
		try (Session session = driver.session()) {
			Transaction holder = session.beginTransaction();
			// an uncommitted force with the same id: the app's write waits for its lock
			holder.run("CREATE (:Force {id: 'heldford', name: 'Held', region: 'North West'})").consume();
			try {
				long began = System.nanoTime();
				api.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{\"id\": \"heldford\", \"name\": \"Held Police\", \"region\": \"North West\"}")
					.exchange().expectStatus().isEqualTo(503)
					.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectHeader().exists("Retry-After")
					.expectBody().jsonPath("$.title").isEqualTo("Database timed out");
				System.out.printf("transaction timeout 1 s: 503 after %d ms%n", (System.nanoTime() - began) / 1_000_000);
			}
			finally {
				holder.rollback();
			}
		}
		api.get().uri("/api/forces/heldford").exchange().expectStatus().isNotFound();
	}

	@Test
	@Order(2)
	void withItsDatabaseStoppedAnInstanceAnswers503QuicklyStaysAliveButNotReadyAndRecoversWhenItReturns() {
		api.get().uri("/api/forces/kent").exchange().expectStatus().isOk();
		api.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		operator.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");

		database.close();
		started.remove(database);
		database = null;
		// untimed: the first refusal also loads and compiles the code that answers it
		api.get().uri("/api/forces").exchange().expectStatus().isEqualTo(503);

		for (Function<WebTestClient, WebTestClient.ResponseSpec> request : List.<Function<WebTestClient, WebTestClient.ResponseSpec>>of(
				c -> c.get().uri("/api/forces").exchange(), c -> c.get().uri("/api/forces/kent").exchange(),
				c -> c.get().uri("/api/collaborations?status=active").exchange(),
				c -> c.get().uri("/api/export").exchange(),
				c -> c.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{\"id\": \"newford\", \"name\": \"New Police\", \"region\": \"North West\"}").exchange(),
				c -> c.delete().uri("/api/lessons/none-such").header("If-Match", "*").exchange())) {
			long began = System.nanoTime();
			EntityExchangeResult<byte[]> answer = request.apply(api).expectStatus().isEqualTo(503)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().exists("Retry-After")
				.expectBody().jsonPath("$.title").isEqualTo("Database unavailable").returnResult();
			Duration took = Duration.ofNanos(System.nanoTime() - began);
			System.out.printf("database down: %s %s answered 503 in %d ms%n", answer.getMethod(), answer.getUrl(),
					took.toMillis());
			assertThat(took).as("%s answered in %s", answer.getUrl(), took).isLessThan(Duration.ofSeconds(2));
		}
		api.get().uri("/readyz").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("DOWN");
		api.get().uri("/livez").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		api.get().uri("/healthz").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("DOWN").jsonPath("$.components").doesNotExist();
		operator.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("DOWN")
			.jsonPath("$.components.analytics.status").isEqualTo("UP")
			.jsonPath("$.components.analytics.details.snapshot.forces").isEqualTo(43)
			.jsonPath("$.components.analytics.details.changeFeed.lagSeconds").value(Number.class,
					lag -> assertThat(lag.doubleValue()).as("the feed cannot read the log").isPositive());
		api.get().uri("/api/analytics/withdrawal?force=lancashire&collaboration=nwmpg&at=2017-06-30").exchange()
			.expectStatus().isOk();

		database = startDatabaseInstance(bolt);
		long back = System.nanoTime();
		awaitStatus(api, "/api/forces/kent", 200, Duration.ofSeconds(30));
		System.out.printf("database down: the second instance answered again %d ms after the first was back%n",
				(System.nanoTime() - back) / 1_000_000);
		awaitStatus(api, "/readyz", 200, Duration.ofSeconds(10));
		// writes too, after any 503 a client would retry (its first write may meet the 1 s transaction timeout)
		int created = 0;
		for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline
				&& (created == 0 || created == 503);) {
			created = api.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"id\": \"newford\", \"name\": \"New Police\", \"region\": \"North West\"}")
				.exchange().returnResult(byte[].class).getStatus().value();
		}
		assertThat(created).isEqualTo(201);
	}

	/** The first instance: the demo register in an embedded Neo4j whose Bolt listens on {@code bolt}. */
	private ConfigurableApplicationContext startDatabaseInstance(int bolt) {
		return start("--spring.main.web-application-type=none", "--concordat.embedded.home=" + HOME,
				"--concordat.embedded.bolt-port=" + bolt, "--concordat.embedded.page-cache=32m",
				"--concordat.changes.enabled=false");
	}

	private ConfigurableApplicationContext start(String... args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConcordatApplication.class).run(args);
		started.add(context);
		return context;
	}

	private static WebTestClient client(int port) {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private static void awaitStatus(WebTestClient client, String uri, int status, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		int last;
		do {
			last = client.get().uri(uri).exchange().returnResult(byte[].class).getStatus().value();
			if (last == status) {
				return;
			}
			sleep(200);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError(uri + " still answered " + last + " after " + patience);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
