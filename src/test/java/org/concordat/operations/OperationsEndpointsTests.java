package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What anyone may see (status, liveness, readiness) and what only operators and admins see: health with details
 * and the Prometheus metrics. The same on a management port of its own ({@link DatabaseDownTests} runs one).
 */
class OperationsEndpointsTests extends ApiTest {

	@TempDir
	private Path dir;

	/** Patient: this machine may be busy, and a first request compiles much of what answers it. */
	private WebTestClient api() {
		return web.mutate().responseTimeout(Duration.ofSeconds(120)).build();
	}

	/** Signed in as an account that holds {@code operator} only. */
	private WebTestClient operator() {
		return as(Role.OPERATOR).mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)) // all the metrics
			.responseTimeout(Duration.ofSeconds(120)).build();
	}

	@Test
	void anyoneSeesTheStatusLivenessAndReadinessButNoDetails() {
		for (String status : List.of("/healthz", "/livez", "/readyz", "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness")) {
			anonymous().get().uri(status).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
				.jsonPath("$.details").doesNotExist();
		}
		// the probes show no details to operators either: they are what an orchestrator asks
		for (String probe : List.of("/livez", "/readyz", "/healthz")) {
			operator().get().uri(probe).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.components").doesNotExist();
		}
		anonymous().get().uri("/actuator/health/neo4j").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		as(Role.CONTACT_VIEWER).get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.components").doesNotExist();
		as(Role.EDITOR, "aford").get().uri("/actuator/health/neo4j").exchange().expectStatus().isForbidden();
		as(Role.VIEWER).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anOperatorReadsHealthAndMetricsButNothingOfTheRegisterAndChangesNothing() {
		load(Fixtures.tinyRegister());
		operator().get().uri("/actuator/health/neo4j").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.details.edition").isEqualTo("community");
		operator().get().uri("/api/forces/aford").exchange().expectStatus().isForbidden();
		operator().get().uri("/api/analytics/alliances").exchange().expectStatus().isForbidden();
		operator().put().uri("/api/forces/aford").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"Operated\", \"region\": \"North\"}").exchange().expectStatus().isForbidden();
		operator().post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
			.exchange().expectStatus().isForbidden();
		web.get().uri("/api/forces/aford").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("AFORD Police");
	}

	@Test
	void theApiDocumentSaysWhichOperationsMayAnswer503WhenTheDatabaseIsAway() {
		api().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/api/forces'].get.responses['503'].description").value(String.class,
					d -> assertThat(d).contains("Database unavailable"))
			.jsonPath("$.paths['/api/export'].get.responses['503']").exists()
			.jsonPath("$.paths['/api/import'].post.responses['503']").exists()
			.jsonPath("$.paths['/api/forces/{id}'].put.responses['503'].description").value(String.class,
					d -> assertThat(d).contains("conflicting writes").contains("Database unavailable"))
			// the snapshot's answers need the database only to check a local account's credentials
			.jsonPath("$.paths['/api/analytics/alliances'].get.responses['503'].description").value(String.class,
					d -> assertThat(d).contains("to check a local account's password or token"))
			.jsonPath("$.paths['/api/bulk-load/{id}'].get.responses['503'].description").value(String.class,
					d -> assertThat(d).doesNotContain("did not finish in time"))
			.jsonPath("$.paths['/api/sign-in'].get.responses['503']").doesNotExist();
	}

	@Test
	void operatorsSeeTheDatabaseAndTheSnapshotsFreshnessInTheHealthDetails() {
		load(Fixtures.tinyRegister());
		operator().get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.edition").isEqualTo("community")
			.jsonPath("$.components.analytics.status").isEqualTo("UP")
			.jsonPath("$.components.analytics.details.snapshot.forces").isEqualTo(4)
			.jsonPath("$.components.analytics.details.snapshot.ageSeconds").value(Number.class,
					age -> assertThat(age.doubleValue()).isBetween(0.0, 60.0))
			.jsonPath("$.components.analytics.details.changeFeed.enabled").isEqualTo(false)
			.jsonPath("$.components.readinessState.status").isEqualTo("UP")
			.jsonPath("$.components.livenessState.status").isEqualTo("UP");
		// an admin holds operator too
		web.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.components.analytics.details.snapshot.forces").isEqualTo(4);
	}

	@Test
	void prometheusShowsRequestLatencyByEndpointWriteToVisibleSnapshotAgeAndBulkLoadProgress() throws IOException {
		api().post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Fixtures.force("eford", "East")).exchange().expectStatus().isCreated();
		api().get().uri("/api/forces/eford").exchange().expectStatus().isOk();
		Path file = dir.resolve("register.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			new NationalGenerator(GeneratorOptions.scaled(50, 3)).write(out);
		}
		String id = api().post().uri("/api/bulk-load?batchSize=50").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Files.readAllBytes(file)).exchange().expectStatus().isAccepted()
			.expectBody(org.concordat.bulk.BulkProgress.Status.class).returnResult().getResponseBody().id();
		api().get().uri("/api/bulk-load/" + id + "/events").accept(MediaType.TEXT_EVENT_STREAM).exchange()
			.expectBody(String.class).value(body -> assertThat(body).contains("event:done"));

		String metrics = operator().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(metrics)
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*method=\"GET\"[^}]*uri=\"/api/forces/\\{id\\}\"")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"201\"[^}]*uri=\"/api/forces\"");
		assertThat(sample(metrics, "concordat_write_to_visible_seconds_count")).isGreaterThanOrEqualTo(1);
		assertThat(sample(metrics, "concordat_snapshot_age_seconds")).isBetween(0.0, 60.0);
		assertThat(sample(metrics, "concordat_changes_lag_seconds")).as("the feed is off in these tests").isNaN();
		assertThat(sample(metrics, "concordat_bulk_running")).isZero();
		assertThat(sample(metrics, "concordat_bulk_entities")).isPositive();
		assertThat(sample(metrics, "concordat_bulk_rows_committed")).isPositive();
		assertThat(sample(metrics, "concordat_bulk_batches_committed")).isGreaterThanOrEqualTo(2);
	}

	/** The value of a sample without labels, e.g. {@code concordat_bulk_running 0.0}. */
	private static double sample(String metrics, String name) {
		return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst().orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
	}
}
