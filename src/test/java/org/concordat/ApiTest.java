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
		// the change log is polled by the tests that need it, when they need it (ChangeFeedTests)
		"concordat.changes.enabled=false" })
// the first request of a run compiles its Cypher: on a loaded two-core machine that alone passed the default 5 s
@AutoConfigureWebTestClient(timeout = "30s")
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
		// Test set-up, not a request path: blocking is fine here and below.
		cypher.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n",
				java.util.Map.of()).block();
		// the data went behind the writer's back, so the analytics snapshot is rebuilt by hand
		snapshots.rebuild().block();
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
