package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * within 2 s, even to a client whose credentials must first be looked up in that database; its readiness is DOWN
 * while its liveness stays UP, and its analytics keep answering from the snapshot. The first is started again on
 * the same files and port, and the second recovers without a restart. The second's transactions time out after
 * 1 s here, so a write held up by another's lock is ended and answered 503 too.
 * <p>
 * The second runs its Actuator on a management port of its own on loopback, the option README's "Operating it"
 * describes, so that is tested here too: the same roles apply there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the one that stops the database last
class DatabaseDownTests {

	private static final Path HOME = Path.of("target/neo4j-database-down");

	private static final String ADMIN_PASSWORD = "database-down-admin-password";

	/** Passwords of the operator accounts made at the start: one signs in at once, the other only once the database is away. */
	private static final String OPERATOR_PASSWORD = "database-down-operator-password";

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	private int bolt;

	/** The first instance, whose database the second uses; stopped and started again by one test. */
	private ConfigurableApplicationContext database;

	private int apiPort;

	private int managementPort;

	/** The second instance's API, signed in as its first admin. */
	private WebTestClient api;

	/** The second instance's API without credentials: what a load balancer or an orchestrator asks. */
	private WebTestClient anonymous;

	/** The second instance's management port, signed in as an account that holds {@code operator} only. */
	private WebTestClient operator;

	@BeforeAll
	void startBoth() throws IOException {
		FileSystemUtils.deleteRecursively(HOME);
		bolt = freePort();
		database = startDatabaseInstance(bolt);
		// the embedded database asks for the password kept beside its data (README, "Hardening")
		String boltPassword = Files.readString(HOME.resolve("bolt-password")).strip();
		ConfigurableApplicationContext app = start("--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + boltPassword,
				"--server.port=0", "--management.server.port=0", "--management.server.address=127.0.0.1",
				"--concordat.security.admin-password=" + ADMIN_PASSWORD,
				// the credentials verified at the start stay verified while the database is away (all of this class)
				"--concordat.security.credential-cache=10m", "--concordat.seed.enabled=false",
				"--concordat.changes.poll-interval=500ms", "--concordat.neo4j.transaction-timeout=1s");
		apiPort = ((WebServerApplicationContext) app).getWebServer().getPort();
		managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
		anonymous = client(apiPort);
		api = signedIn(client(apiPort), "admin", ADMIN_PASSWORD);
		for (String username : List.of("ops", "ops-late")) {
			api.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", username, "password", OPERATOR_PASSWORD, "roles", List.of("operator")))
				.exchange().expectStatus().isCreated();
		}
		operator = signedIn(client(managementPort), "ops", OPERATOR_PASSWORD);
	}

	@AfterAll
	void stopBoth() {
		started.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	@Order(0)
	void onAManagementPortOfItsOwnActuatorListensOnLoopbackOnlyAndAsksForTheSameRoles() throws IOException {
		WebTestClient management = client(managementPort);
		management.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
		management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		management.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		operator.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");
		operator.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		// the probes stay on the API's port for anyone; the rest of Actuator is not there
		anonymous.get().uri("/readyz").exchange().expectStatus().isOk();
		signedIn(client(apiPort), "ops", OPERATOR_PASSWORD).get().uri("/actuator/prometheus").exchange()
			.expectStatus().isNotFound();

		Optional<InetAddress> external = NetworkInterface.networkInterfaces()
			.filter(DatabaseDownTests::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.findFirst();
		assumeTrue(external.isPresent(), "this machine has no address other than loopback to try");
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(external.get(), managementPort), 2_000);
			}
		}).isInstanceOf(ConnectException.class);
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
		anonymous.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
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
		// a client whose credentials were not verified before: signing in needs the database, and says so
		long began = System.nanoTime();
		signedIn(client(apiPort), "ops-late", OPERATOR_PASSWORD).get().uri("/actuator/health").exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().exists("Retry-After")
			.expectBody().jsonPath("$.title").isEqualTo("Database unavailable");
		Duration signIn = Duration.ofNanos(System.nanoTime() - began);
		System.out.printf("database down: a sign-in that needs the database answered 503 in %d ms%n", signIn.toMillis());
		assertThat(signIn).isLessThan(Duration.ofSeconds(2));

		anonymous.get().uri("/readyz").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("DOWN");
		anonymous.get().uri("/livez").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		anonymous.get().uri("/healthz").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("DOWN").jsonPath("$.components").doesNotExist();
		operator.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("DOWN")
			.jsonPath("$.components.analytics.status").isEqualTo("UP")
			.jsonPath("$.components.analytics.details.snapshot.forces").isEqualTo(43)
			.jsonPath("$.components.analytics.details.changeFeed.lagSeconds").value(Number.class,
					lag -> assertThat(lag.doubleValue()).as("the feed cannot read the log").isPositive());
		// the questions of the network alone answer from the snapshot; the withdrawal reads the register's recorded
		// cost sharing beside it, so it says the database is away rather than answer "nothing recorded"
		api.get().uri("/api/analytics/similar-forces?force=lancashire&at=2017-06-30").exchange()
			.expectStatus().isOk();
		api.get().uri("/api/analytics/overlaps?force=lancashire").exchange().expectStatus().isOk();
		api.get().uri("/api/analytics/withdrawal?force=lancashire&collaboration=nwmpg&at=2017-06-30").exchange()
			.expectStatus().isEqualTo(503).expectHeader().exists("Retry-After");

		database = startDatabaseInstance(bolt);
		long back = System.nanoTime();
		awaitStatus(api, "/api/forces/kent", 200, Duration.ofSeconds(30));
		System.out.printf("database down: the second instance answered again %d ms after the first was back%n",
				(System.nanoTime() - back) / 1_000_000);
		awaitStatus(anonymous, "/readyz", 200, Duration.ofSeconds(10));
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

	private static WebTestClient signedIn(WebTestClient client, String username, String password) {
		return client.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, password)).build();
	}

	private static boolean isUp(NetworkInterface nic) {
		try {
			return nic.isUp();
		}
		catch (IOException e) {
			return false;
		}
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
