package org.concordat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.concordat.db.Cypher;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterImport;
import org.concordat.security.Role;
import org.concordat.security.StubIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that run the whole app against the real embedded Neo4j. The database starts once per
 * test run (the context is cached); every test starts from an empty register (accounts stay). {@link #web}
 * is signed in as the admin ({@link TestSignIn}); {@link #anonymous()} and {@link #as} give other principals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"concordat.embedded.home=target/neo4j-test", "concordat.seed.enabled=false",
		"concordat.embedded.page-cache=64m",
		// small enough for the size tests to pass them with a few megabytes (the defaults are 128 MB and 1 GB)
		"concordat.import.max-body-size=4MB", "concordat.bulk.max-body-size=4MB",
		"concordat.bulk.upload-directory=target/test-uploads",
		// the change log is polled by the tests that need it, when they need it (ChangeFeedTests)
		"concordat.changes.enabled=false",
		"concordat.security.admin-password=" + TestSignIn.ADMIN_PASSWORD,
		"concordat.bulk.directory=" + ApiTest.BULK_DIRECTORY })
// the first request of a run compiles its Cypher: on a loaded two-core machine that alone passed the default 5 s,
// and a large import in the size tests takes longer still
@AutoConfigureWebTestClient(timeout = "60s")
@Import(TestSignIn.class)
public abstract class ApiTest {

	/** The directory {@code POST /api/bulk-load?path=} may load from in the tests. */
	protected static final String BULK_DIRECTORY = "target/bulk-test";

	/** The password of every account {@link #as} makes. */
	protected static final String TEST_PASSWORD = "test-account-password";

	/** The accounts {@link #as} made in this run (they stay in the test database, as accounts survive each test). */
	private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected Cypher cypher;

	@Autowired
	protected RegisterImport imports;

	@Autowired
	protected org.concordat.analytics.snapshot.Snapshots snapshots;

	@Autowired
	private org.concordat.account.Accounts accounts;

	/** Every test context trusts the tests' own identity provider (bearer JWTs and browser sign-in). */
	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		StubIdentityProvider.register(registry);
	}

	@BeforeEach
	protected void emptyRegister() {
		backgroundLoadsEnded();
		// Test set-up, not a request path: blocking is fine here and below.
		cypher.run("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration' OR l IN ['Account', 'ApiToken'])
				DETACH DELETE n""", java.util.Map.of()).block();
		// the data went behind the writer's back, so the analytics snapshot is rebuilt by hand
		snapshots.rebuild().block();
	}

	/**
	 * A bulk load started over HTTP by an earlier test finishes on its own thread after its status says so (it
	 * records its change and rebuilds the snapshot last): emptying the register under it would race those writes.
	 */
	private static void backgroundLoadsEnded() {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("bulk-load-"))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("a bulk load of an earlier test is still running");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** A client that sends no credentials. */
	protected WebTestClient anonymous() {
		return web.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
	}

	/** A client signed in with HTTP Basic as this username and password. */
	protected WebTestClient as(String username, String password) {
		return web.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, password)).build();
	}

	/**
	 * A client signed in as a local account holding this role (and for an editor these forces), made on first
	 * use: {@code test-editor-kent-essex}, say, with {@link #TEST_PASSWORD}.
	 */
	protected WebTestClient as(Role role, String... forces) {
		String username = "test-" + role.label() + (forces.length == 0 ? "" : "-" + String.join("-", forces));
		if (ENSURED.add(username)) {
			accounts.ensure(username, TEST_PASSWORD, List.of(role), List.of(forces)).block();
		}
		return as(username, TEST_PASSWORD);
	}

	/** For a test that removed every account: {@link #as} makes its accounts again on next use. */
	protected static void forgetMadeAccounts() {
		ENSURED.clear();
	}

	protected void load(RegisterDocument doc) {
		imports.replace(doc).block();
	}

	/** The entity's ETag as GET answers it: what a client sends back as If-Match to change it. */
	protected String etag(String uri) {
		return web.get().uri(uri).exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders()
			.getETag();
	}

	protected long count(String cypherCount) {
		return cypher.count(cypherCount, java.util.Map.of()).block();
	}
}
