package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * An import takes documents as large as an export produces, up to its own limit (4 MB in the tests, 128 MB by
 * default), far above the 256 KB every other JSON body may have; beyond the limit it answers 413 and writes nothing.
 */
class ImportSizeTests extends ApiTest {

	@Test
	void anExportFarAboveTheUsualBodyLimitImportsBackAsItWas() {
		byte[] generated = generated(200);
		assertThat(generated.length).isGreaterThan(256 * 1024); // the limit of every other JSON body
		importing(generated).expectStatus().isOk();
		byte[] exported = exported();
		assertThat(exported.length).isGreaterThan(generated.length);
		emptyRegister();
		importing(exported).expectStatus().isOk().expectBody().jsonPath("$.forces").isEqualTo(200);
		assertThat(new String(exported(), StandardCharsets.UTF_8)).isEqualTo(new String(exported, StandardCharsets.UTF_8));
	}

	@Test
	void aDocumentBeyondTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
		load(Fixtures.tinyRegister());
		byte[] before = exported();
		// valid JSON (whitespace may pad a document), 5 MB
		byte[] padded = ("{\"forces\": []" + " ".repeat(5 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
		importing(padded).expectStatus().isEqualTo(413)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body")
			.jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("4194304"));
		Flux<DataBuffer> chunked = Flux.range(0, 80).map(i -> DefaultDataBufferFactory.sharedInstance
			.wrap(i == 0 ? "{\"forces\": [] ".getBytes(StandardCharsets.UTF_8) : new byte[64 * 1024]));
		client().post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON)
			.body(chunked, DataBuffer.class).exchange()
			.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		assertThat(exported()).isEqualTo(before);
	}

	private WebTestClient.ResponseSpec importing(byte[] document) {
		return client().post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(document)
			.exchange();
	}

	private byte[] exported() {
		return client().get().uri("/api/export").exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBodyContent();
	}

	/** A client that waits for a large import and reads a large export (this test's documents are megabytes). */
	private WebTestClient client() {
		return web.mutate().responseTimeout(Duration.ofMinutes(2))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
	}

	private static byte[] generated(int agencies) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(agencies, 5)).write(out);
		return out.toByteArray();
	}
}
