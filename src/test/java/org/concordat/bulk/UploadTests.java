package org.concordat.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.concordat.ApiTest;
import org.concordat.TestSignIn;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/**
 * A bulk-load body is streamed to an upload file, and that file is gone however the upload ends: a load done or
 * failed, a body refused for its size (413) or because a load is running (409), a client that went away.
 */
class UploadTests extends ApiTest {

	@Autowired
	private Uploads uploads;

	@LocalServerPort
	private int port;

	@BeforeEach
	void noLoadRunning() {
		awaitIdle();
	}

	@Test
	void aLoadThatIsDoneOrFailedLeavesNoUploadBehind() {
		String done = accepted(web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(generated(60)).exchange());
		assertThat(finalState(done)).isEqualTo("done");
		awaitNoUploads(); // deleted as the load's thread ends, just after its state is final
		String failed = accepted(web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"forces\": [{\"id\": \"Not a slug\"}]}").exchange());
		assertThat(finalState(failed)).isEqualTo("failed");
		awaitNoUploads();
	}

	@Test
	void aBodyBeyondTheLimitIsRefusedWith413AndLeavesNoUploadBehind() {
		byte[] tooLarge = new byte[5 * 1024 * 1024];
		web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON).bodyValue(tooLarge).exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		// without a Content-Length the body is counted as it arrives, and refused once past the limit
		Flux<DataBuffer> chunked = Flux.range(0, 80)
			.map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
		web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON).body(chunked, DataBuffer.class)
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body")
			.jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("4194304"));
		awaitNoUploads();
		// nothing was loaded: the register is as empty as it started (accounts are not the register's)
		assertThat(count("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration' OR l IN ['Account', 'ApiToken'])
				RETURN count(n)""")).isZero();
	}

	@Test
	void aBodySentWhileALoadRunsIsRefusedWith409AndOnlyTheRunningLoadsUploadStays() {
		String running = accepted(web.post().uri("/api/bulk-load?batchSize=5").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(generated(120)).exchange());
		web.post().uri("/api/bulk-load").contentType(MediaType.APPLICATION_JSON).bodyValue(generated(60)).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("bulk-load");
		assertThat(files()).hasSizeLessThanOrEqualTo(1);
		assertThat(finalState(running)).isEqualTo("done");
		awaitNoUploads();
	}

	@Test
	void anUploadAbortedByTheClientLeavesNoUploadBehind() throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			String admin = java.util.Base64.getEncoder()
				.encodeToString((TestSignIn.ADMIN + ":" + TestSignIn.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
			out.write(("POST /api/bulk-load HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Authorization: Basic " + admin + "\r\n"
					+ "Content-Length: 1000000\r\n\r\n{\"forces\": [").getBytes(StandardCharsets.US_ASCII));
			out.write(" ".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			await(() -> !files().isEmpty()); // the upload has begun
		}
		awaitNoUploads();
	}

	private String accepted(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response) {
		return response.expectStatus().isAccepted().expectBody(BulkProgress.Status.class).returnResult()
			.getResponseBody().id();
	}

	private String finalState(String id) {
		String[] state = new String[1];
		await(() -> {
			state[0] = web.get().uri("/api/bulk-load/" + id).exchange().expectStatus().isOk()
				.expectBody(BulkProgress.Status.class).returnResult().getResponseBody().state();
			return !"running".equals(state[0]);
		});
		return state[0];
	}

	private void awaitIdle() {
		await(() -> uploads.live().isEmpty());
	}

	/** No file in the upload directory, and none that this process still counts as its own. */
	private void awaitNoUploads() {
		await(() -> files().isEmpty() && uploads.live().isEmpty());
	}

	private List<Path> files() {
		try (Stream<Path> files = Files.list(uploads.directory())) {
			return files.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within 90 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	private static byte[] generated(int agencies) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(agencies, 13)).write(out);
		return out.toByteArray();
	}
}
