package org.concordat;

import org.concordat.db.Cypher;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that run the whole app against the real embedded Neo4j. The database starts once per
 * test run (the context is cached); every test starts from an empty register.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"concordat.embedded.home=target/neo4j-test", "concordat.seed.enabled=false",
		"concordat.embedded.page-cache=64m",
		// small enough for the size tests to pass them with a few megabytes (the defaults are 128 MB and 1 GB)
		"concordat.import.max-body-size=4MB", "concordat.bulk.max-body-size=4MB",
		"concordat.bulk.upload-directory=target/test-uploads",
		// the change log is polled by the tests that need it, when they need it (ChangeFeedTests)
		"concordat.changes.enabled=false" })
// a loaded two-core machine can take longer than the default 5 s to answer
@AutoConfigureWebTestClient(timeout = "60s")
public abstract class ApiTest {

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected Cypher cypher;

	@Autowired
	protected RegisterImport imports;

	@Autowired
	protected org.concordat.analytics.snapshot.Snapshots snapshots;

	@BeforeEach
	protected void emptyRegister() {
		backgroundLoadsEnded();
		// Test set-up, not a request path: blocking is fine here and below.
		cypher.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n",
				java.util.Map.of()).block();
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
