package org.concordat.bench;

import java.nio.file.Path;

import org.concordat.bulk.BulkLoader;
import org.concordat.bulk.BulkProgress;
import org.concordat.bulk.BulkSettings;
import org.concordat.bulk.BulkStatements;
import org.concordat.bulk.ExistingIds;
import org.concordat.bulk.Neo4jBatchSink;
import org.concordat.entity.KnownIds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk load beside its floor, in one run on one database: empty the register, load the document with bare
 * CREATEs (no validation), empty it again, then bulk load it properly (validation pass, register upserts).
 * Both stream the same file in batches of the same size; the data of the second stays for the other sections.
 */
final class LoadBench {

	private final Driver driver;

	private final JsonMapper json;

	private final Report report;

	LoadBench(Driver driver, JsonMapper json, Report report) {
		this.driver = driver;
		this.json = json;
		this.report = report;
	}

	void run(Path document, int batchSize) {
		report.section("Bulk load beside the bare UNWIND … CREATE floor (" + document + ", batches of " + batchSize + ")");
		empty();
		long floor = load(document, new BulkSettings(batchSize, 1, false, FloorStatements.FLOOR), KnownIds.none());
		empty();
		long bulk = load(document, new BulkSettings(batchSize, 1, true, BulkStatements.REGISTER), ExistingIds.of(driver));
		report.line("floor (no validation, CREATE): %,d ms", floor);
		report.line("bulk load (validation pass + upserts): %,d ms", bulk);
		report.ratio("bulk load / floor", (double) bulk / floor, 2.0, false);
	}

	private long load(Path document, BulkSettings settings, KnownIds existing) {
		long started = System.nanoTime();
		// version 0, as for entities written before versions were kept: the bench's register is its own
		new BulkLoader(json).load(document, settings, new Neo4jBatchSink(driver, 0), existing,
				new BulkProgress(settings.statements().name(), document.toString()));
		return (System.nanoTime() - started) / 1_000_000;
	}

	/**
	 * Deletes the register in batches (a national one is too large for one transaction); not timed. The audit
	 * stays: nothing in the app deletes it (its loads here write with version 0 and record nothing).
	 */
	void empty() {
		try (Session session = driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration'
					  OR l IN ['AuditEntry', 'AuditSubject', 'AuditSequence'])
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
		}
	}
}
