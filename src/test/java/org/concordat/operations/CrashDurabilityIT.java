package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash durability of the packaged jar, run as child processes after {@code package} (failsafe): each test kills
 * the app with {@code kill -9} in the middle of a write, starts it again on the same files and compares the
 * register's export with what it must be.
 * <ul>
 * <li>An import ({@code mode=replace}: one transaction that first empties the register) killed while its
 * statements run leaves the register exactly as before it, byte for byte; the same import, run to its end
 * afterwards, does change it.
 * <li>A bulk load ({@code load} command) killed after some batches, then resumed from the batch after the last
 * one its log reported committed, gives a register whose export equals that of the same document loaded whole
 * into an empty database.
 * </ul>
 */
class CrashDurabilityIT {

	/** A register of 300 agencies: 540 KB, a few seconds to import or bulk load, so a kill lands mid-write. */
	private static final int AGENCIES = 300;

	/** A start of the jar was measured at 279 s on this two-core machine under a load average of 30. */
	private static final Duration START_PATIENCE = Duration.ofMinutes(12);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The first admin's password, given to every serving child ({@code concordat.security.admin-password}). */
	private static final String ADMIN_PASSWORD = "crash-test-admin-password";

	private static final String ADMIN_BASIC = "Basic " + java.util.Base64.getEncoder()
		.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

	private static Path document;

	private final List<ChildJar> children = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void generateTheDocument() throws IOException {
		Path dir = ChildJar.OUT.resolve("documents");
		Files.createDirectories(dir);
		document = dir.resolve("register-" + AGENCIES + ".json");
		try (OutputStream out = Files.newOutputStream(document)) {
			new NationalGenerator(GeneratorOptions.scaled(AGENCIES, 7)).write(out);
		}
	}

	@AfterEach
	void killWhatIsLeft() {
		children.forEach(ChildJar::close);
	}

	@Test
	void anImportKilledWhileItWritesLeavesTheRegisterExactlyAsItWas() throws Exception {
		Path home = freshHome("import");
		Served first = serve("import-first", home, true);
		String before = first.export();
		byte[] body = Files.readAllBytes(document);
		CompletableFuture<HttpResponse<String>> importing = http.sendAsync(first.post("/api/import?mode=replace", body),
				HttpResponse.BodyHandlers.ofString());
		// the embedded database asks for the password kept beside its data (README, "Hardening")
		String boltPassword = Files.readString(home.resolve("bolt-password")).strip();
		try (Driver bolt = GraphDatabase.driver("bolt://127.0.0.1:" + first.bolt(), AuthTokens.basic("neo4j", boltPassword))) {
			// the import's transaction has emptied the register and is writing the document's rows
			String running = awaitRunningQuery(bolt, query -> query.contains("UNWIND $rows AS row"), importing);
			System.out.printf("crash: killing the app while the import runs: %s%n", running.lines().findFirst().orElse(""));
		}
		assertThat(first.jar().kill()).isEqualTo(137);
		assertThat(answered(importing)).as("the import was still running when the app was killed").isFalse();

		Served second = serve("import-second", home, true);
		assertThat(second.export()).as("the register after the crash").isEqualTo(before);
		HttpResponse<String> imported = http.send(second.post("/api/import?mode=replace", body),
				HttpResponse.BodyHandlers.ofString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(second.export()).as("the import, run to its end, changes the register").isNotEqualTo(before);
		second.jar().stop();
	}

	@Test
	void aBulkLoadKilledAfterSomeBatchesAndResumedEqualsTheSameDocumentLoadedWhole() throws Exception {
		Path crashed = freshHome("bulk-crashed");
		ChildJar load = child("bulk-load", List.of("load", document.toString(), "--batch-size", "50",
				"--concordat.embedded.home=" + crashed, "--concordat.embedded.page-cache=32m"));
		Pattern committed = Pattern.compile("bulk load cli: batch (\\d+) committed");
		load.awaitLine(line -> batch(committed, line) >= 5, START_PATIENCE);
		assertThat(load.kill()).isEqualTo(137);
		List<String> output = load.lines();
		assertThat(output).as("the load had not finished").noneMatch(line -> line.startsWith("load: ") && line.contains("loaded in"));
		int lastReported = output.stream().mapToInt(line -> batch(committed, line)).max().orElseThrow();
		System.out.printf("crash: killed the bulk load after its log reported batch %d committed%n", lastReported);

		// as an operator would: resume from the batch after the last one the log reported committed
		Served resumed = serve("bulk-resumed", crashed, false);
		JsonNode resumedStatus = resumed.bulkLoad(document, lastReported + 1);
		assertThat(resumedStatus.get("state").asString()).as(resumedStatus.toString()).isEqualTo("done");
		assertThat(resumedStatus.get("batchesSkipped").asInt()).isEqualTo(lastReported);
		String afterCrash = resumed.export();
		resumed.jar().stop();

		Served whole = serve("bulk-whole", freshHome("bulk-whole"), false);
		JsonNode wholeStatus = whole.bulkLoad(document, 1);
		assertThat(wholeStatus.get("state").asString()).as(wholeStatus.toString()).isEqualTo("done");
		String loadedWhole = whole.export();
		whole.jar().stop();

		assertThat(JSON.readTree(loadedWhole).get("forces").size()).isEqualTo(AGENCIES);
		// Versions are change-log positions: the killed load and its resumption take positions the whole load does
		// not, so the entities' versions may differ while what the register holds must not.
		assertThat(withoutVersions(afterCrash)).isEqualTo(withoutVersions(loadedWhole));
	}

	private static String withoutVersions(String export) {
		JsonNode register = JSON.readTree(export);
		register.forEach(section -> section.forEach(entity -> ((tools.jackson.databind.node.ObjectNode) entity)
			.remove("version")));
		return register.toString();
	}

	/**
	 * A serving child on free ports, ready when its readiness probe (for anyone) says so; the requests below sign
	 * in as its first admin with HTTP Basic.
	 */
	private Served serve(String name, Path home, boolean seed) throws IOException {
		int port = freePort();
		int bolt = freePort();
		ChildJar jar = child(name, List.of("--server.port=" + port, "--concordat.security.admin-password=" + ADMIN_PASSWORD,
				"--concordat.embedded.home=" + home, "--concordat.embedded.bolt-port=" + bolt,
				"--concordat.embedded.page-cache=32m", "--concordat.seed.enabled=" + seed,
				"--concordat.bulk.directory=" + document.getParent().toAbsolutePath(),
				"--spring.http.codecs.max-in-memory-size=64MB"));
		Served served = new Served(jar, port, bolt, http);
		long deadline = System.nanoTime() + START_PATIENCE.toNanos();
		while (served.status("/readyz") != 200) {
			if (!jar.alive() || System.nanoTime() > deadline) {
				throw new AssertionError(name + " did not become ready; see " + ChildJar.OUT.resolve(name + ".log"));
			}
			ChildJar.pause(250);
		}
		return served;
	}

	private ChildJar child(String name, List<String> arguments) {
		ChildJar jar = ChildJar.start(name, arguments);
		children.add(jar);
		return jar;
	}

	private static String awaitRunningQuery(Driver bolt, java.util.function.Predicate<String> wanted,
			CompletableFuture<?> unlessDone) {
		long deadline = System.nanoTime() + START_PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (unlessDone.isDone()) {
				throw new AssertionError("the import finished before it was seen running: make the document larger");
			}
			for (String query : bolt.executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
				.execute().records().stream().map(r -> r.get(0).asString("")).toList()) {
				if (wanted.test(query)) {
					return query;
				}
			}
			ChildJar.pause(10);
		}
		throw new AssertionError("no such query ran within " + START_PATIENCE);
	}

	/** Whether the request got an answer; a connection cut by the kill is none. */
	private static boolean answered(CompletableFuture<HttpResponse<String>> request) throws InterruptedException {
		try {
			HttpResponse<String> response = request.get(60, TimeUnit.SECONDS);
			System.out.printf("crash: the import was answered %d before the kill: %s%n", response.statusCode(),
					response.body());
			return true;
		}
		catch (ExecutionException e) {
			return false;
		}
		catch (java.util.concurrent.TimeoutException e) {
			throw new AssertionError("the killed app's connection was never closed", e);
		}
	}

	private static int batch(Pattern committed, String line) {
		Matcher m = committed.matcher(line);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static Path freshHome(String name) {
		Path home = ChildJar.OUT.resolve("data-" + name).toAbsolutePath();
		try {
			FileSystemUtils.deleteRecursively(home);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return home;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A child serving HTTP on {@code port} and Bolt (its embedded database) on {@code bolt}. */
	private record Served(ChildJar jar, int port, int bolt, HttpClient http) {

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		HttpRequest post(String path, byte[] body) {
			return HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN_BASIC).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		}

		int status(String path) {
			try {
				return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException e) {
				return 0; // not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}

		/**
		 * GETs as a client must: a 503 with Retry-After (the database not reached in time, which a saturated machine
		 * causes) is asked again after the time it names, up to ten times. This test is about what the register holds
		 * after a crash, not about how fast a loaded machine answers.
		 */
		String get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = null;
			for (int attempt = 0; attempt < 10; attempt++) {
				response = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN_BASIC).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 503) {
					break;
				}
				ChildJar.pause(1_000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
			}
			assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
			return response.body();
		}

		String export() throws IOException, InterruptedException {
			return get("/api/export");
		}

		/** Bulk loads a file of the bulk-load directory over the API and answers its final status. */
		JsonNode bulkLoad(Path file, int resumeFrom) throws IOException, InterruptedException {
			HttpResponse<String> accepted = http.send(
					post("/api/bulk-load?batchSize=50&resumeFrom=" + resumeFrom + "&path=" + file.getFileName(), new byte[0]),
					HttpResponse.BodyHandlers.ofString());
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			String id = JSON.readTree(accepted.body()).get("id").asString();
			JsonNode status = JSON.readTree(accepted.body());
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while ("running".equals(status.get("state").asString()) && System.nanoTime() < deadline) {
				ChildJar.pause(250);
				status = JSON.readTree(get("/api/bulk-load/" + id));
			}
			return status;
		}
	}
}
