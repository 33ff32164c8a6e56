package org.concordat.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.concordat.ApiTest;
import org.concordat.audit.AuditLog;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.register.RegisterDocument;
import org.concordat.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Bulk loads into the real embedded Neo4j: a failed batch, resuming after it, and the API. */
class BulkLoadTests extends ApiTest {

	@Autowired
	Driver driver;

	@Autowired
	AuditLog audit;

	@TempDir
	Path dir;

	@Test
	void aFailedBatchLeavesTheEarlierOnesAndResumingFromItCompletesTheLoad() throws IOException {
		Path file = generate(120);
		RegisterDocument doc = BulkValidationTests.JSON.readValue(file.toFile(), RegisterDocument.class);
		AtomicInteger writes = new AtomicInteger();
		BatchSink real = Neo4jBatchSink.beginning(driver, new org.concordat.register.ChangeLog(),
				BulkAudit.of(audit, Actor.command("test"), file, "test"));
		BatchSink crashesAtFourth = (statements, rows) -> {
			if (writes.incrementAndGet() == 4) {
				throw new IllegalStateException("connection lost");
			}
			real.write(statements, rows);
		};
		BulkLoadException failed = catchThrowableOfType(BulkLoadException.class, () -> load(file, 50, 1, crashesAtFourth));
		assertThat(failed.resumeFrom()).isEqualTo(4);
		assertThat(failed.errors().get(0).field()).isEqualTo("batch 4");
		assertThat(failed.errors().get(0).reason()).contains("forces rows of forces[100] to forces[119]")
			.contains("connection lost");
		// batches 1-3 committed: the 36 functions and the first 100 forces (50 a batch), nothing after
		assertThat(count("MATCH (n:Function) RETURN count(n)")).isEqualTo(36);
		assertThat(count("MATCH (n:Force) RETURN count(n)")).isEqualTo(100);
		assertThat(count("MATCH (n:Collaboration) RETURN count(n)")).isZero();

		BulkProgress.Status resumed = load(file, 50, 4, real);
		assertThat(resumed.batchesSkipped()).isEqualTo(3);
		int memberships = doc.collaborations().stream().mapToInt(c -> c.members().size()).sum();
		assertThat(count("MATCH (n:Force) RETURN count(n)")).isEqualTo(120);
		assertThat(count("MATCH (n:Collaboration) RETURN count(n)")).isEqualTo(doc.collaborations().size());
		assertThat(count("MATCH (:Force)-[m:MEMBER_OF]->(:Collaboration) RETURN count(m)")).isEqualTo(memberships);
		assertThat(count("MATCH (n:Lesson) RETURN count(n)")).isEqualTo(doc.lessons().size());
	}

	@Test
	void theApiLoadsABodyInTheBackgroundReportsProgressAndRebuildsTheSnapshot() throws IOException {
		Path file = generate(80);
		String id = web.post().uri("/api/bulk-load?batchSize=100").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Files.readAllBytes(file)).exchange()
			.expectStatus().isAccepted()
			.expectBody(BulkProgress.Status.class).returnResult().getResponseBody().id();
		BulkProgress.Status status = null;
		// a wait, not a time limit: this load took 28 s in one run on the shared two-core machine, and more than 60 s
		// in another (load average 29), where a 60 s wait ran out with the load still going
		for (long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos(); System.nanoTime() < deadline;) {
			status = web.get().uri("/api/bulk-load/" + id).exchange().expectStatus().isOk()
				.expectBody(BulkProgress.Status.class).returnResult().getResponseBody();
			if (!"running".equals(status.state())) {
				break;
			}
			sleep();
		}
		assertThat(status.state()).isEqualTo("done");
		assertThat(status.rowsCommitted().get("forces")).isEqualTo(80);
		web.get().uri("/api/analytics/status").exchange().expectBody().jsonPath("$.forces").isEqualTo(80);
		web.get().uri("/api/bulk-load/" + id + "/events").accept(MediaType.TEXT_EVENT_STREAM).exchange()
			.expectStatus().isOk().expectBody(String.class).value(body -> assertThat(body).contains("event:done"));
	}

	@Test
	void theApiRefusesAnInvalidDocumentNamingTheFields() throws IOException {
		Path file = Files.writeString(dir.resolve("bad.json"), "{\"forces\": [{\"id\": \"Not A Slug\", \"region\": \"R\"}]}");
		String id = web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Files.readAllBytes(file)).exchange().expectStatus().isAccepted()
			.expectBody(BulkProgress.Status.class).returnResult().getResponseBody().id();
		web.get().uri("/api/bulk-load/" + id + "/events").accept(MediaType.TEXT_EVENT_STREAM).exchange()
			.expectBody(String.class).value(body -> assertThat(body).contains("event:failed")
				.contains("forces[0].id").contains("forces[0].name"));
		assertThat(count("MATCH (n:Force) RETURN count(n)")).isZero();
	}

	private BulkProgress.Status load(Path file, int batchSize, int resumeFrom, BatchSink sink) {
		return new BulkLoader(BulkValidationTests.JSON).load(file, BulkSettings.of(batchSize, resumeFrom), sink,
				ExistingIds.of(driver), new BulkProgress("test", file.toString()));
	}

	private Path generate(int agencies) throws IOException {
		Path file = dir.resolve("register-" + agencies + ".json");
		try (OutputStream out = Files.newOutputStream(file)) {
			new NationalGenerator(GeneratorOptions.scaled(agencies, 11)).write(out);
		}
		return file;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static List<String> none() {
		return List.of();
	}
}
