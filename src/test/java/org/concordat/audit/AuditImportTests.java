package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.concordat.Fixtures;
import org.concordat.TestSignIn;
import org.concordat.analytics.snapshot.SnapshotReader;
import org.concordat.bulk.BulkProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import or a bulk load is one entry with its counts and the SHA-256 digest of the document as received;
 * a replacing import empties the register but not its audit; neither the export nor the analytics snapshot
 * holds anything of the audit.
 */
class AuditImportTests extends AuditApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private SnapshotReader reader;

	private byte[] tiny;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
		tiny = JSON.writeValueAsBytes(Fixtures.tinyRegister());
	}

	@Test
	void anImportIsOneEntryWithItsCountsAndTheDigestOfTheDocumentAsReceived() {
		long entries = auditEntries();
		web.post().uri("/api/import?mode=merge").contentType(MediaType.APPLICATION_JSON).bodyValue(tiny).exchange()
			.expectStatus().isOk();
		assertThat(auditEntries()).isEqualTo(entries + 1);
		Map<String, Object> entry = newest();
		assertThat(entry).containsEntry("action", "import").containsEntry("by", TestSignIn.ADMIN)
			.containsEntry("endpoint", "POST /api/import").containsEntry("changes", List.of());
		assertThat(document(entry)).containsEntry("mode", "merge").containsEntry("sha256", sha256(tiny))
			.containsEntry("outcome", "done")
			.containsEntry("counts", Map.of("functions", 3, "forces", 4, "collaborations", 2, "memberships", 5,
					"figures", 3, "people", 1, "lessons", 1));
		assertThat(entries("?entity=force:dford")).as("a merge belongs to the history of each entity it names")
			.first().isEqualTo(entry);
	}

	@Test
	void aReplacingImportEmptiesTheRegisterButNotItsHistory() {
		put(web, "/api/forces/aford", etag("/api/forces/aford"), Map.of("name", "Aford Constabulary", "region", "North"))
			.expectStatus().isOk();
		List<Map<String, Object>> before = entries("");
		byte[] smaller = JSON.writeValueAsBytes(Map.of("forces", List.of(Map.of("id", "eford", "name", "E",
				"region", "East"))));
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(smaller)
			.exchange().expectStatus().isOk();
		web.get().uri("/api/forces/aford").exchange().expectStatus().isNotFound();
		List<Map<String, Object>> after = entries("");
		assertThat(after).hasSize(before.size() + 1);
		assertThat(after.subList(1, after.size())).as("every earlier entry, unchanged").isEqualTo(before);
		assertThat(document(after.getFirst())).containsEntry("mode", "replace").containsEntry("sha256", sha256(smaller))
			.containsEntry("counts", Map.of("functions", 0, "forces", 1, "collaborations", 0, "memberships", 0,
					"figures", 0, "people", 0, "lessons", 0));
		assertThat(entries("?entity=force:aford")).as("a gone entity's history, ending with the import that emptied it")
			.extracting(e -> e.get("endpoint")).startsWith("POST /api/import", "PUT /api/forces/aford");
	}

	@Test
	void aRefusedImportLeavesNoEntry() {
		long entries = auditEntries();
		web.post().uri("/api/import?mode=merge").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("forces", List.of(Map.of("id", "Not A Slug", "region", "East")))).exchange()
			.expectStatus().isBadRequest();
		assertThat(auditEntries()).isEqualTo(entries);
	}

	@Test
	void aBulkLoadIsOneEntryWithTheRowsItCommittedAndTheDigestOfItsDocument() throws InterruptedException {
		emptyRegister();
		long entries = auditEntries();
		String id = web.post().uri("/api/bulk-load?batchSize=2").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(tiny).exchange().expectStatus().isAccepted()
			.expectBody(BulkProgress.Status.class).returnResult().getResponseBody().id();
		BulkProgress.Status status = null;
		for (long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos(); System.nanoTime() < deadline;) {
			status = web.get().uri("/api/bulk-load/" + id).exchange().expectStatus().isOk()
				.expectBody(BulkProgress.Status.class).returnResult().getResponseBody();
			if (!"running".equals(status.state())) {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(status.state()).isEqualTo("done");
		assertThat(auditEntries()).as("one entry for the load, however many batches").isEqualTo(entries + 1);
		Map<String, Object> entry = newest();
		assertThat(entry).containsEntry("action", "bulk-load").containsEntry("by", TestSignIn.ADMIN)
			.containsEntry("endpoint", "POST /api/bulk-load");
		assertThat(document(entry)).containsEntry("mode", "bulk").containsEntry("sha256", sha256(tiny))
			.containsEntry("name", "request body").containsEntry("outcome", "done")
			.containsEntry("counts", toObjects(status.rowsCommitted()));
		assertThat(entries("?entity=collaboration:mg").getFirst()).as("it may have changed any entity").isEqualTo(entry);
	}

	@Test
	void theExportAndTheAnalyticsSnapshotAreTheSameWithTheAuditAsWithout() {
		put(web, "/api/forces/aford", etag("/api/forces/aford"), Map.of("name", "Aford Constabulary", "region", "North"))
			.expectStatus().isOk();
		assertThat(auditEntries()).isPositive();
		String exported = exported();
		var read = reader.read();
		assertThat(exported).doesNotContain("/api/forces").doesNotContain("Audit");
		cypher.run("MATCH (n) WHERE n:AuditEntry OR n:AuditSubject OR n:AuditSequence DETACH DELETE n", Map.of()).block();
		assertThat(exported()).isEqualTo(exported);
		assertThat(reader.read()).as("what the snapshot is built from").isEqualTo(read);
	}

	private String exported() {
		return web.get().uri("/api/export").exchange().expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> document(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("document");
	}

	private static Map<String, Object> toObjects(Map<String, Integer> counts) {
		return Map.copyOf(counts);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
