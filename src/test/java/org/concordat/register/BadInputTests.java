package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every rule of the register refuses bad input with problem+json naming each field, and writes nothing. */
class BadInputTests extends ApiTest {

	private RegisterDocument before;

	@Autowired
	private RegisterExport export;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
		before = export.document().block();
	}

	@Test
	void anUnknownIdAnswers404() {
		for (String uri : List.of("/api/forces/nope", "/api/collaborations/nope", "/api/people/nope",
				"/api/lessons/nope", "/api/functions/nope")) {
			web.get().uri(uri).exchange().expectStatus().isNotFound()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		web.put().uri("/api/forces/nope").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
			.bodyValue(Map.of("name", "X", "region", "Y")).exchange().expectStatus().isNotFound();
		web.post().uri("/api/collaborations/mg/members/dford/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("left", "2020")).exchange().expectStatus().isNotFound();
		unchanged();
	}

	@Test
	void aDuplicateIdAnswers409() {
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "aford", "name", "Again", "region", "North")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		var doc = Map.of("forces", List.of(Map.of("id", "x", "name", "X", "region", "R"),
				Map.of("id", "x", "name", "X again", "region", "R")));
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(doc).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("forces[1].id");
		unchanged();
	}

	@Test
	void aCollaborationBreakingSeveralRulesIsRefusedNamingEveryField() {
		Map<String, Object> body = collaboration();
		body.put("name", " ");
		body.put("status", "ended");
		body.put("started", "2018-13");
		body.put("functions", List.of("roads-policing", "juggling"));
		body.put("members", List.of(Map.of("force", "aford", "joined", "2019", "left", "2018", "costShare", 1.5),
				Map.of("force", "nowhere", "costShare", 0.2)));
		postCollaboration(body)
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains("name",
					"ended", "started", "functions[1]", "members[0].left", "members[0].costShare",
					"members[1].force"));
		unchanged();
	}

	@Test
	void costSharesOfMembersActiveTogetherMayNotSumAboveOne() {
		Map<String, Object> body = collaboration();
		body.put("members", List.of(Map.of("force", "aford", "costShare", 0.6),
				Map.of("force", "bford", "joined", "2015", "costShare", 0.5)));
		postCollaboration(body).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("members")
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("above 1"));
		// the same shares one after the other are fine: the first left before the second joined
		body.put("members", List.of(Map.of("force", "aford", "costShare", 0.6, "left", "2015"),
				Map.of("force", "bford", "joined", "2015", "costShare", 0.5)));
		postCollaboration(body).expectStatus().isCreated();
	}

	@Test
	void joiningWithAShareThatWouldPushTheSumAboveOneIsRefused() {
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2019", "costShare", 0.3)).exchange()
			.expectStatus().isBadRequest();
		unchanged();
	}

	@Test
	void malformedJsonWrongTypesAndUnknownFieldsAreRefused() {
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"id\": \"x\", ").exchange()
			.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\": \"x\", \"name\": \"X\", \"region\": \"R\", \"hq\": {\"lat\": \"north\"}}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("hq.lat");
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\": \"x\", \"name\": \"X\", \"regoin\": \"R\"}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("regoin");
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"force\": \"dford\", \"costShare\": [1]}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("costShare");
		unchanged();
	}

	@Test
	void nullsInsideListsAreRefusedNotCrashedOn() {
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"collaborations\": [{\"id\": \"n1\", \"name\": \"N\", \"kind\": \"k\", \"scope\": "
					+ "\"bilateral\", \"status\": \"active\", \"members\": [null], \"figures\": [null], "
					+ "\"functions\": [null]}], \"people\": [{\"id\": \"p\", \"title\": \"T\", \"leads\": [null], "
					+ "\"contactFor\": [{\"collaboration\": \"mg\", \"topics\": [null]}]}], \"lessons\": [null]}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains(
					"collaborations[0].members[0]", "collaborations[0].figures[0]", "collaborations[0].functions[0]",
					"people[0].leads[0]", "people[0].contactFor[0].topics[0]", "lessons[0]"));
		web.put().uri("/api/collaborations/mg").contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue("{\"name\": \"M\", \"kind\": \"k\", \"scope\": \"regional\", \"status\": \"active\", "
					+ "\"members\": [null]}")
			.exchange().expectStatus().isBadRequest();
		unchanged();
	}

	@Test
	void malformedDatesAreRefusedWhereverTheyAre() {
		web.post().uri("/api/collaborations/mg/members/bford/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("left", "last year")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("left");
		web.post().uri("/api/collaborations/mg/members/bford/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("left", "2010")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").value(f -> assertThat((String) f).endsWith(".left"));
		web.get().uri("/api/collaborations?at=2020-02-30").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
		web.get().uri("/api/collaborations?at=2020").exchange().expectStatus().isBadRequest();
		unchanged();
	}

	@Test
	void badParametersAreRefused() {
		web.get().uri("/api/forces?limit=0").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
		web.get().uri("/api/forces?offset=-1").exchange().expectStatus().isBadRequest();
		web.get().uri("/api/forces?limit=ten").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
		web.get().uri("/api/collaborations?status=dormant").exchange().expectStatus().isBadRequest();
		web.post().uri("/api/import?mode=append").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("mode");
	}

	@Test
	void aPersonOrLessonPointingAtNothingIsRefused() {
		web.post().uri("/api/people").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "p", "force", "nowhere", "contactFor",
					List.of(Map.of("collaboration", "mg", "topics", List.of("knitting")))))
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field")
			.isEqualTo(List.of("title", "force", "contactFor[0].topics[0]"));
		web.post().uri("/api/lessons").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "l", "title", "T", "theme", "gossip", "collaboration", "nope")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("theme", "collaboration"));
		unchanged();
	}

	@Test
	void theVocabularyIsListedInPagesLikeEveryList() {
		web.get().uri("/api/functions?limit=2&offset=1").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "3")
			.expectBody().jsonPath("$[*].id").isEqualTo(List.of("firearms", "roads-policing"));
	}

	@Test
	void anUnknownFunctionCanBeAddedToTheVocabularyAndThenUsed() {
		Map<String, Object> body = collaboration();
		body.put("functions", List.of("drones"));
		postCollaboration(body).expectStatus().isBadRequest();
		web.post().uri("/api/functions").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "drones", "name", "Drones")).exchange().expectStatus().isCreated();
		postCollaboration(body).expectStatus().isCreated();
		web.delete().uri("/api/functions/drones").header("If-Match", etag("/api/functions/drones")).exchange()
			.expectStatus().isEqualTo(409);
	}

	private Map<String, Object> collaboration() {
		Map<String, Object> body = new HashMap<>();
		body.put("id", "new-one");
		body.put("name", "New One");
		body.put("kind", "specialist unit");
		body.put("scope", "bilateral");
		body.put("status", "active");
		body.put("started", "2014");
		return body;
	}

	private WebTestClient.ResponseSpec postCollaboration(Map<String, Object> body) {
		return web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private void unchanged() {
		assertThat(export.document().block()).isEqualTo(before);
	}
}
