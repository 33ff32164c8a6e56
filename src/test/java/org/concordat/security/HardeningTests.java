package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/** The trust issue's hardening: headers, CORS, JSON-only writes, who sees docs and metrics, bulk paths, Bolt. */
class HardeningTests extends ApiTest {

	/** What a 400 must never say: a Java class, Jackson's quoting, an exception's name. */
	private static final Pattern JAVA = Pattern.compile("java\\.|tools\\.jackson|org\\.concordat|`|Exception|\\bclass\\b");

	@Autowired
	private Neo4jConnectionDetails bolt;

	@Value("${concordat.embedded.home}")
	private Path home;

	@LocalServerPort
	private int port;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		for (var answer : List.of(web.get().uri("/api/forces").exchange(), anonymous().get().uri("/api/forces").exchange(),
				anonymous().get().uri("/").accept(MediaType.TEXT_HTML).exchange())) {
			answer.expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
				.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
						"worker-src 'self';", "img-src 'self' data: blob:;"))
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("X-Frame-Options", "DENY")
				.expectHeader().valueEquals("Referrer-Policy", "same-origin")
				// plain HTTP here: HSTS is sent only over TLS
				.expectHeader().doesNotExist("Strict-Transport-Security");
		}
	}

	@Test
	void corsIsClosedUnlessOriginsAreConfigured() {
		anonymous().options().uri("/api/forces").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type").exchange()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		web.get().uri("/api/forces").header(HttpHeaders.ORIGIN, "https://elsewhere.example").exchange()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void writesTakeJsonOnlySoNoCrossSiteFormCanWrite() {
		web.post().uri("/api/bulk-load?path=register.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("x", "y")).exchange()
			.expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Type");
		web.post().uri("/api/forces").contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{\"id\": \"eford\", \"name\": \"E\", \"region\": \"Wales\"}").exchange().expectStatus().isEqualTo(415);
		web.post().uri("/api/import?mode=replace").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData("file", "{}")).exchange().expectStatus().isEqualTo(415);
		web.get().uri("/api/forces/eford").exchange().expectStatus().isNotFound();
		web.get().uri("/api/collaborations/mg").exchange().expectStatus().isOk();
	}

	@Test
	void theApiDocumentAndSwaggerUiAreForSignedInUsers() {
		anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		anonymous().get().uri("/swagger-ui.html").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().is3xxRedirection().expectHeader().location("/signin");
		as(org.concordat.security.Role.VIEWER).get().uri("/v3/api-docs").exchange().expectStatus().isOk();
	}

	@Test
	void healthStatusIsForAnyoneItsDetailsAndTheMetricsForOperatorsAndAdmins() {
		anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
		anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		as(org.concordat.security.Role.VIEWER).get().uri("/actuator/health").exchange()
			.expectBody().jsonPath("$.components").doesNotExist();
		for (var signedIn : List.of(as(org.concordat.security.Role.OPERATOR), web)) {
			// the metrics of a whole test run's requests outgrow the default 256 KB a client buffers
			var operator = signedIn.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
				.build();
			operator.get().uri("/actuator/health").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.components").exists();
			operator.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
				.expectBody(String.class).value(text -> assertThat(text).contains("jvm_memory_used_bytes"));
		}
		anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		as(org.concordat.security.Role.VIEWER).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
		as(org.concordat.security.Role.EDITOR, "aford").get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
		// and an operator reads nothing of the register
		as(org.concordat.security.Role.OPERATOR).get().uri("/api/forces").exchange().expectStatus().isForbidden();
	}

	@Test
	void aBulkLoadPathStaysInsideTheBulkDirectoryAndFollowsNoLinkOut() throws IOException {
		Path directory = Files.createDirectories(Path.of(BULK_DIRECTORY));
		Path outside = Files.writeString(Path.of("target", "bulk-outside-secret.txt"), "root:x:0:0:root:/root:/bin/bash");
		Path link = directory.resolve("link-out.json");
		Files.deleteIfExists(link);
		Files.createSymbolicLink(link, outside.toAbsolutePath());
		for (String path : List.of("../bulk-outside-secret.txt", outside.toAbsolutePath().toString(), "link-out.json",
				"missing.json", "", "a\u0000b")) {
			web.post().uri(uri -> uri.path("/api/bulk-load").queryParam("path", "{path}").build(path)).exchange()
				.expectStatus().isBadRequest()
				.expectBody(String.class).value(body -> assertThat(body).contains("\"path\"").doesNotContain("root:x"));
		}
	}

	@Test
	void aBulkLoadsErrorsNeverQuoteTheFile() throws Exception {
		Path directory = Files.createDirectories(Path.of(BULK_DIRECTORY));
		Files.writeString(directory.resolve("not-json.json"), "root:x:0:0:root:/root:/bin/bash\n");
		Files.writeString(directory.resolve("wrong-types.json"),
				"{\"forces\": [{\"id\": \"s3cret-value\", \"name\": \"N\", \"region\": \"R\", \"hq\": \"hidden-text\"}]}");
		for (String file : List.of("not-json.json", "wrong-types.json")) {
			String location = web.post().uri("/api/bulk-load?path=" + file).exchange().expectStatus().isAccepted()
				.returnResult(Void.class).getResponseHeaders().getLocation().toString();
			String status = awaitFinished(location);
			assertThat(status).contains("failed").doesNotContain("root:x").doesNotContain("hidden-text")
				.doesNotContainPattern(JAVA);
		}
	}

	private String awaitFinished(String location) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String status = web.get().uri(location).exchange().expectStatus().isOk().expectBody(String.class)
				.returnResult().getResponseBody();
			if (!status.contains("\"running\"")) {
				return status;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the bulk load did not finish in 60 s");
	}

	@Test
	void badInputIsAnswered400NamingTheFieldAndNeverAJavaClass() {
		List<Map.Entry<String, Object>> bodies = List.of(
				Map.entry("/api/forces", Map.of("id", "eford", "name", "E", "region", "Wales", "hq", "in town")),
				Map.entry("/api/forces", Map.of("id", "eford", "name", "E", "region", "Wales", "hq", Map.of("lat", "north"))),
				Map.entry("/api/collaborations", Map.of("id", "c", "members", "all of them")),
				Map.entry("/api/collaborations/mg/members", Map.of("force", "dford", "costShare", "lots")),
				Map.entry("/api/people", Map.of("id", "p", "leads", Map.of("x", 1))),
				Map.entry("/api/accounts", Map.of("username", "u", "roles", "viewer", "enabled", "yes")),
				Map.entry("/api/forces", "[1, 2"));
		for (var request : bodies) {
			web.post().uri(request.getKey()).contentType(MediaType.APPLICATION_JSON).bodyValue(request.getValue())
				.exchange().expectStatus().isBadRequest()
				.expectBody(String.class).value(body -> assertThat(body).contains("\"field\"").doesNotContainPattern(JAVA));
		}
		for (String uri : List.of("/api/forces?limit=many", "/api/analytics/similar-forces?force=aford&limit=x",
				"/api/bulk-load?path=x.json&batchSize=big")) {
			var spec = uri.startsWith("/api/bulk-load") ? web.post().uri(uri).exchange() : web.get().uri(uri).exchange();
			spec.expectStatus().isBadRequest()
				.expectBody(String.class).value(body -> assertThat(body).contains("\"field\"").doesNotContainPattern(JAVA));
		}
	}

	@Test
	void theEmbeddedBoltNeedsThePasswordKeptBesideTheDataReadableByThisUserOnly() throws IOException {
		Path password = home.resolve("bolt-password");
		assertThat(Files.getPosixFilePermissions(password)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		try (var none = GraphDatabase.driver(bolt.getUri(), AuthTokens.none())) {
			assertThat(connects(none)).isFalse();
		}
		try (var wrong = GraphDatabase.driver(bolt.getUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThat(connects(wrong)).isFalse();
		}
		try (var right = GraphDatabase.driver(bolt.getUri(), AuthTokens.basic("neo4j", Files.readString(password).strip()))) {
			assertThat(connects(right)).isTrue();
		}
	}

	private static boolean connects(org.neo4j.driver.Driver driver) {
		try {
			driver.verifyConnectivity();
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/**
	 * Bound to 127.0.0.1 only: a server listening on every interface would also answer on 127.0.0.2 (the whole
	 * 127/8 range is this machine's loopback), this one must not.
	 */
	@Test
	void httpListensOn127001Only() throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), port), 2_000);
			throw new AssertionError("the server answered on 127.0.0.2: it listens on more than 127.0.0.1");
		}
		catch (ConnectException expected) {
			// refused: nothing listens there
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2_000);
		}
	}
}
