package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

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
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The audit entry is written in the transaction of the change it records, met for real on the embedded Neo4j:
 * a write whose entry cannot be written is not made, and a write rolled back at commit, after its entry was
 * written, leaves neither. The register's change log numbers tell whether anything committed.
 */
class AuditTransactionTests extends AuditApiTest {

	private static final String REFUSED = "Refused at commit";

	@Autowired
	private DatabaseManagementService neo4j;

	@Autowired
	private Driver driver;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
		// give up waiting for a lock after 100 ms (a transient error the writer retries, then answers 503)
		config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofMillis(100), "test");
	}

	@AfterEach
	void waitForLocksAgain() {
		config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ZERO, "test");
	}

	@Test
	void aWriteWhoseEntryCannotBeWrittenIsNotMade() {
		String etag = etag("/api/forces/aford");
		long entries = auditEntries();
		long changes = newestChange();
		try (Session session = driver.session(); Transaction holder = session.beginTransaction()) {
			// another transaction holds the audit's sequence: the write gets as far as its entry, every try
			holder.run("MATCH (s:AuditSequence {id: 'audit'}) SET s.heldByTest = true").consume();
			web.mutate().responseTimeout(Duration.ofSeconds(60)).build().put().uri("/api/forces/aford")
				.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "Renamed", "region", "North")).exchange().expectStatus().isEqualTo(503);
			holder.rollback();
		}
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(newestChange()).as("no change committed").isEqualTo(changes);
		web.get().uri("/api/forces/aford").exchange().expectHeader().valueEquals("ETag", etag)
			.expectBody().jsonPath("$.name").isEqualTo("AFORD Police");

		put(web, "/api/forces/aford", etag, Map.of("name", "Renamed", "region", "North")).expectStatus().isOk();
		assertThat(auditEntries()).as("once the audit is free, the write and its one entry").isEqualTo(entries + 1);
		assertThat(newest()).containsEntry("change", (int) newestChange());
	}

	@Test
	void aWriteRolledBackAtCommitAfterItsEntryWasWrittenLeavesNeither() {
		String etag = etag("/api/forces/aford");
		long entries = auditEntries();
		long changes = newestChange();
		RefuseAtCommit refuse = new RefuseAtCommit();
		neo4j.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, refuse);
		try {
			int status = web.put().uri("/api/forces/aford").header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", REFUSED, "region", "North"))
				.exchange().returnResult(byte[].class).getStatus().value();
			assertThat(status).as("the database refused the commit").isGreaterThanOrEqualTo(500);
		}
		finally {
			neo4j.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, refuse);
		}
		assertThat(refuse.sawEntry).as("the entry was written in the transaction the database refused").isTrue();
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(newestChange()).isEqualTo(changes);
		web.get().uri("/api/forces/aford").exchange().expectHeader().valueEquals("ETag", etag)
			.expectBody().jsonPath("$.name").isEqualTo("AFORD Police");
	}

	/** Refuses to commit a transaction that names a force {@value #REFUSED}, noting whether it held an audit entry. */
	private static final class RefuseAtCommit extends TransactionEventListenerAdapter<Object> {

		volatile boolean sawEntry;

		@Override
		public Object beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction transaction,
				org.neo4j.graphdb.GraphDatabaseService database) {
			boolean refused = false;
			for (var property : data.assignedNodeProperties()) {
				refused |= property.key().equals("name") && REFUSED.equals(property.value());
			}
			if (refused) {
				for (var node : data.createdNodes()) {
					sawEntry |= node.hasLabel(org.neo4j.graphdb.Label.label("AuditEntry"));
				}
				throw new IllegalStateException("refused by the test at commit");
			}
			return null;
		}
	}

	private long newestChange() {
		return count("MATCH (s:ChangeSequence {id: 'register'}) RETURN s.seq");
	}

	private Config config() {
		return ((GraphDatabaseAPI) neo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(Config.class);
	}
}
