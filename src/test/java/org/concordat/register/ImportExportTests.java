package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ImportExportTests extends ApiTest {

	@Autowired
	private DemoSeed seed;

	@Test
	void exportImportIntoAnEmptyRegisterAndExportAgainGivesTheSameDocumentButForTheVersions() {
		load(seed.demoRegister());
		byte[] first = exported();
		emptyRegister();
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(first).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.forces").isEqualTo(43);
		assertThat(withoutVersions(exported())).isEqualTo(withoutVersions(first));
	}

	@Test
	void aRejectedImportLeavesTheRegisterExactlyAsItWas() {
		load(Fixtures.tinyRegister());
		byte[] before = exported();
		// valid forces first, then one bad membership deep inside: nothing of it may be written
		var doc = Map.of("forces", List.of(Map.of("id", "zford", "name", "Z", "region", "East")),
				"collaborations", List.of(Map.of("id", "zc", "name", "Z", "kind", "unit", "scope", "bilateral",
						"status", "active", "members", List.of(Map.of("force", "zford"), Map.of("force", "ghost")))));
		for (String mode : List.of("merge", "replace")) {
			web.post().uri("/api/import?mode=" + mode).contentType(MediaType.APPLICATION_JSON).bodyValue(doc)
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("collaborations[0].members[1].force");
			assertThat(new String(exported())).isEqualTo(new String(before));
		}
	}

	@Test
	void mergeUpsertsByIdAndKeepsWhatTheDocumentDoesNotName() {
		load(Fixtures.tinyRegister());
		var doc = Map.of("forces", List.of(Map.of("id", "aford", "name", "A Renamed", "region", "North"),
				Map.of("id", "eford", "name", "E", "region", "East")),
				"collaborations", List.of(Map.of("id", "mg", "name", "Motorway Group", "kind", "motorway group",
						"scope", "regional", "status", "active", "started", "2008-06", "functions",
						List.of("roads-policing"), "members", List.of(Map.of("force", "eford", "joined", "2020")))));
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(doc).exchange()
			.expectStatus().isOk();
		web.get().uri("/api/forces/aford").exchange().expectBody().jsonPath("$.name").isEqualTo("A Renamed");
		web.get().uri("/api/forces").exchange().expectHeader().valueEquals("X-Total-Count", "5");
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.members[*].force").isEqualTo(List.of("aford", "bford", "cford", "eford"))
			.jsonPath("$.figures.length()").isEqualTo(1);
	}

	@Test
	void replaceEmptiesTheRegisterFirst() {
		load(Fixtures.tinyRegister());
		var doc = Map.of("forces", List.of(Map.of("id", "solo", "name", "Solo", "region", "East")));
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(doc).exchange()
			.expectStatus().isOk();
		web.get().uri("/api/export").exchange().expectBody()
			.jsonPath("$.forces[*].id").isEqualTo(List.of("solo"))
			.jsonPath("$.collaborations").isEmpty()
			.jsonPath("$.functions").isEmpty();
		assertThat(count("MATCH (n:Figure) RETURN count(n)")).isZero();
	}

	@Test
	void importingTheSameDocumentTwiceDuplicatesNothing() {
		load(Fixtures.tinyRegister());
		byte[] once = exported();
		imports.merge(Fixtures.tinyRegister()).block();
		assertThat(withoutVersions(exported())).isEqualTo(withoutVersions(once));
		assertThat(count("MATCH (g:Figure) RETURN count(g)")).isEqualTo(3);
		assertThat(count("MATCH ()-[m:MEMBER_OF]->() RETURN count(m)")).isEqualTo(5);
	}

	/** The document with every entity's version taken out. */
	static JsonNode withoutVersions(byte[] document) {
		JsonNode tree = JsonMapper.builder().build().readTree(document);
		tree.forEach(section -> section.forEach(entity -> ((ObjectNode) entity).remove("version")));
		return tree;
	}

	private byte[] exported() {
		return web.get().uri("/api/export").exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBodyContent();
	}
}
