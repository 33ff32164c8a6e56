package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What anyone may see on the API's port (status, liveness, readiness) and what only operators see, on the
 * management port bound to loopback: health with details and the Prometheus metrics.
 */
class OperationsEndpointsTests extends ApiTest {

	@LocalServerPort
	private int apiPort;

	@Value("${local.management.port}")
	private int managementPort;

	@TempDir
	private Path dir;

	/** Patient: this machine may be busy, and a first request compiles much of what answers it. */
	private WebTestClient api() {
		return web.mutate().responseTimeout(Duration.ofSeconds(120)).build();
	}

	private WebTestClient operator() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)) // all the metrics
			.responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void anyoneSeesTheStatusLivenessAndReadinessButNoDetailsOnTheApiPort() {
		api().get().uri("/healthz").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
			.jsonPath("$.details").doesNotExist();
		for (String probe : java.util.List.of("/livez", "/readyz")) {
			api().get().uri(probe).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components").doesNotExist().jsonPath("$.details").doesNotExist();
		}
		api().get().uri("/actuator/health").exchange().expectStatus().isNotFound();
		api().get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
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
			.jsonPath("$.paths['/api/analytics/alliances'].get.responses['503']").doesNotExist()
			.jsonPath("$.paths['/api/bulk-load/{id}'].get.responses['503']").doesNotExist();
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

	@Test
	void theManagementPortListensOnLoopbackOnly() throws IOException {
		Optional<InetAddress> external = NetworkInterface.networkInterfaces()
			.filter(nic -> isUp(nic))
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.findFirst();
		assumeTrue(external.isPresent(), "this machine has no address other than loopback to try");
		try (Socket api = new Socket()) {
			api.connect(new InetSocketAddress(external.get(), apiPort), 2_000); // the address itself is reachable
		}
		assertThatThrownBy(() -> {
			try (Socket management = new Socket()) {
				management.connect(new InetSocketAddress(external.get(), managementPort), 2_000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	private static boolean isUp(NetworkInterface nic) {
		try {
			return nic.isUp();
		}
		catch (IOException e) {
			return false;
		}
	}

	/** The value of a sample without labels, e.g. {@code concordat_bulk_running 0.0}. */
	private static double sample(String metrics, String name) {
		return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst().orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
	}
}
