package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.collaboration.Collaboration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Input that is well-formed JSON but not what the register may hold: values of the wrong JSON type, names with
 * nothing visible, control characters, half surrogate pairs, dates outside the register's years or before the
 * collaboration they concern, and missing ids. Each is refused (400, naming the field) and changes nothing.
 */
class StrictInputTests extends ApiTest {

	@Autowired
	private RegisterExport export;

	@org.springframework.boot.test.web.server.LocalServerPort
	private int port;

	private RegisterDocument before;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
		before = export.document().block();
	}

	@Test
	void aNumberOrBooleanIsNotTakenForTextNorTextForANumber() {
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": 123, \"region\": \"R\"}"), "name");
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"X\", \"region\": true}"), "region");
		refused(post("/api/functions", "{\"id\": \"x\", \"name\": 1.5}"), "name");
		refused(post("/api/collaborations/mg/members", "{\"force\": \"dford\", \"costShare\": \"0.1\"}"), "costShare");
		refused(post("/api/collaborations/mg/members", "{\"force\": \"dford\", \"role\": false}"), "role");
		refused(post("/api/import", "{\"functions\": [{\"id\": \"x\", \"name\": \"X\"}, {\"id\": \"y\", \"name\": 7}]}"),
				"functions[1].name");
		refused(post("/api/import", "{\"collaborations\": [{\"id\": \"x\", \"functions\": [1]}]}"),
				"collaborations[0].functions[0]");
		unchanged();
	}

	@Test
	void aNameNeedsAVisibleCharacterInEveryKind() {
		for (String invisible : List.of("\\u0000", "\\u200b", "\\u200b\\u200d", "\\u00a0", "\\t")) {
			refused(post("/api/functions", "{\"id\": \"x\", \"name\": \"" + invisible + "\"}"), "name");
			refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"" + invisible + "\", \"region\": \"R\"}"), "name");
			refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"X\", \"region\": \"" + invisible + "\"}"), "region");
			refused(post("/api/collaborations", "{\"id\": \"x\", \"name\": \"" + invisible
					+ "\", \"kind\": \"unit\", \"scope\": \"bilateral\", \"status\": \"active\"}"), "name");
			refused(post("/api/people", "{\"id\": \"x\", \"title\": \"" + invisible + "\"}"), "title");
			refused(post("/api/lessons", "{\"id\": \"x\", \"title\": \"" + invisible
					+ "\", \"theme\": \"purpose\", \"collaboration\": \"mg\"}"), "title");
		}
		// a name in another script, or a single symbol, is a name
		post("/api/functions", "{\"id\": \"welsh\", \"name\": \"Plismona ffyrdd\"}").expectStatus().isCreated();
		post("/api/functions", "{\"id\": \"star\", \"name\": \"★\"}").expectStatus().isCreated();
	}

	@Test
	void controlCharactersAreRefusedInEveryTextButTabsAndLineBreaksInLongText() {
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"A\\u0000B\", \"region\": \"R\"}"), "name");
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"Two\\nlines\", \"region\": \"R\"}"), "name");
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"X\", \"region\": \"R\", \"hq\": {\"town\": \"T\\u001b[31m\"}}"),
				"hq.town");
		Map<String, Object> collaboration = collaboration("ctl");
		collaboration.put("purpose", "bell \u0007");
		refused(postJson("/api/collaborations", collaboration), "purpose");
		collaboration.put("purpose", "fine");
		collaboration.put("figures", List.of(Map.of("kind", "budget", "amount", 1.0, "note", "\u0085")));
		refused(postJson("/api/collaborations", collaboration), "figures[0].note");
		collaboration.remove("figures");
		collaboration.put("dependencyConfidence", Map.of("mg\u0000", "unconfirmed"));
		collaboration.put("dependsOn", List.of("mg\u0000"));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(collaboration).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<String>) fields).contains("dependencyConfidence.mg\u0000"));
		unchanged();
		// tabs and line breaks belong in a summary
		post("/api/lessons", "{\"id\": \"multi\", \"title\": \"T\", \"summary\": \"one\\n\\ttwo\\r\\n\", "
				+ "\"theme\": \"purpose\", \"collaboration\": \"mg\"}").expectStatus().isCreated()
			.expectBody().jsonPath("$.summary").isEqualTo("one\n\ttwo\r\n");
	}

	@Test
	void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"A\\ud800\", \"region\": \"R\"}"), "name");
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"\\udc00A\", \"region\": \"R\"}"), "name");
		refused(post("/api/lessons", "{\"id\": \"x\", \"title\": \"T\", \"summary\": \"\\ud83d\", "
				+ "\"theme\": \"purpose\", \"collaboration\": \"mg\"}"), "summary");
		refused(post("/api/import", "{\"forces\": [{\"id\": \"x\", \"name\": \"X\", \"region\": \"R\", "
				+ "\"hq\": {\"town\": \"\\udfff\"}}]}"), "forces[0].hq.town");
		unchanged();
		// a whole pair is a character like any other, and comes back as sent
		post("/api/forces", "{\"id\": \"emoji\", \"name\": \"Force \\ud83d\\ude93\", \"region\": \"R\"}")
			.expectStatus().isCreated();
		web.get().uri("/api/forces/emoji").exchange().expectBody().jsonPath("$.name").isEqualTo("Force \uD83D\uDE93");
	}

	@Test
	void datesMustFallBetween1829And2100() {
		refused(post("/api/collaborations/mg/members/bford/withdrawal", "{\"left\": \"0000\"}"), "left");
		refused(post("/api/collaborations/mg/members/bford/withdrawal", "{\"left\": \"2101-01\"}"), "left");
		refused(post("/api/collaborations/mg/members/bford/withdrawal", "{}"), "left");
		Map<String, Object> collaboration = collaboration("old");
		collaboration.put("started", "1828");
		refused(postJson("/api/collaborations", collaboration), "started");
		collaboration.put("started", "1829");
		collaboration.put("figures", List.of(Map.of("kind", "budget", "amount", 1.0, "date", "9999")));
		refused(postJson("/api/collaborations", collaboration), "figures[0].date");
		web.get().uri("/api/collaborations?at=1066-10-14").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
		web.get().uri("/api/analytics/alliances?at=2101-01-01").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
		unchanged();
	}

	@Test
	void nobodyJoinsOrLeavesACollaborationBeforeItStarted() {
		// the motorway group started 2008-06
		refused(post("/api/collaborations/mg/members/bford/withdrawal", "{\"left\": \"2007\"}"), "members[2].left");
		refused(post("/api/collaborations/mg/members", "{\"force\": \"dford\", \"joined\": \"2008-05-31\"}"),
				"members[3].joined");
		unchanged();
		// at the collaboration's own precision a date may share its period: 2008 is not before 2008-06
		post("/api/collaborations/mg/members", "{\"force\": \"dford\", \"joined\": \"2008\", \"left\": \"2008-06\"}")
			.expectStatus().isCreated();
	}

	@Test
	void idsAndNamesHaveALengthAnIndexCanHold() {
		refused(post("/api/lessons", "{\"id\": \"" + "a".repeat(101) + "\", \"title\": \"T\", "
				+ "\"theme\": \"purpose\", \"collaboration\": \"mg\"}"), "id");
		refused(post("/api/forces", "{\"id\": \"x\", \"name\": \"X\", \"region\": \"" + "R".repeat(501) + "\"}"),
				"region");
		Map<String, Object> collaboration = collaboration("long");
		collaboration.put("partners", List.of("P".repeat(9_000)));
		collaboration.put("figures", List.of(Map.of("id", "f".repeat(9_000), "kind", "budget", "amount", 1.0)));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(collaboration).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<String>) fields).contains("partners[0]", "figures[0].id"));
		unchanged();
		post("/api/lessons", "{\"id\": \"" + "a".repeat(100) + "\", \"title\": \"" + "T".repeat(500)
				+ "\", \"summary\": \"" + "S".repeat(50_000) + "\", \"theme\": \"purpose\", \"collaboration\": \"mg\"}")
			.expectStatus().isCreated();
	}

	@Test
	void everyKindCreatedWithoutAnIdIsRefusedNamingTheId() {
		refused(post("/api/functions", "{\"name\": \"X\"}"), "id");
		refused(post("/api/forces", "{\"name\": \"X\", \"region\": \"R\"}"), "id");
		refused(post("/api/collaborations", "{\"name\": \"X\"}"), "id");
		refused(post("/api/people", "{\"title\": \"X\"}"), "id");
		refused(post("/api/lessons", "{\"title\": \"X\"}"), "id");
		refused(post("/api/import", "{\"forces\": [{\"name\": \"X\", \"region\": \"R\"}]}"), "forces[0].id");
		refused(post("/api/collaborations/mg/members", "{\"joined\": \"2012\"}"), "members[3].force");
		refused(post("/api/people", "{\"id\": \"p\", \"title\": \"T\", \"leads\": [{\"from\": \"2012\"}], "
				+ "\"contactFor\": [{\"topics\": [\"withdrawal\"]}]}"), "leads[0].collaboration");
		unchanged();
	}

	@Test
	void pagesAreBoundedSoTheirArithmeticCannotOverflow() {
		for (String list : List.of("/api/forces", "/api/collaborations", "/api/people", "/api/lessons", "/api/functions",
				"/api/analytics/overlaps")) {
			web.get().uri(list + "?offset=2147483647").exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("offset");
			web.get().uri(list + "?offset=99999999999").exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("offset");
		}
		web.get().uri("/api/functions?offset=100000000&limit=10000").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "3").expectBody().json("[]");
	}

	@Test
	void aWriteWhoseAnswerTheClientWouldNotTakeIsRefusedBeforeItIsMade() {
		web.post().uri("/api/lessons").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML)
			.bodyValue("{\"id\": \"l2\", \"title\": \"T\", \"theme\": \"purpose\", \"collaboration\": \"mg\"}")
			.exchange()
			.expectStatus().isEqualTo(406)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("Accept");
		web.delete().uri("/api/lessons/mg-exit-terms").header("If-Match", etag("/api/lessons/mg-exit-terms"))
			.accept(MediaType.APPLICATION_XML).exchange()
			.expectStatus().isEqualTo(406);
		unchanged();
		// an Accept header that says nothing readable is disregarded, and the refusal can be written
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON).header("Accept", "garbage")
			.bodyValue("{\"id\": \"x\", \"name\": 7}").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
		unchanged();
	}

	@Test
	void aFunctionAContactNamesAsATopicIsNotDeleted() {
		post("/api/functions", "{\"id\": \"drones\", \"name\": \"Drones\"}").expectStatus().isCreated();
		post("/api/people", "{\"id\": \"p2\", \"title\": \"Drone lead\", "
				+ "\"contactFor\": [{\"collaboration\": \"alliance\", \"topics\": [\"drones\"]}]}")
			.expectStatus().isCreated();
		RegisterDocument withContact = export.document().block();
		// the export would name a function the register no longer has, and no import would take it back
		web.delete().uri("/api/functions/drones").header("If-Match", etag("/api/functions/drones")).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("topic"));
		assertThat(export.document().block()).isEqualTo(withContact);
		web.delete().uri("/api/people/p2").header("If-Match", etag("/api/people/p2")).exchange()
			.expectStatus().isNoContent();
		web.delete().uri("/api/functions/drones").header("If-Match", etag("/api/functions/drones")).exchange()
			.expectStatus().isNoContent();
	}

	@Test
	void aFigureIdNamesOneFigureSoAnotherCollaborationCannotTakeItOver() {
		String taken = web.get().uri("/api/collaborations/mg").exchange().expectBody(Collaboration.class).returnResult()
			.getResponseBody().figures().get(0).id();
		Map<String, Object> copy = collaboration("copy");
		copy.put("figures", List.of(Map.of("id", taken, "kind", "budget", "amount", 5.0)));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(copy).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("figures[0].id")
			.jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("'mg'"));
		copy.put("figures", List.of(Map.of("id", "twice", "kind", "budget", "amount", 5.0)));
		Map<String, Object> other = collaboration("other");
		other.put("figures", List.of(Map.of("id", "twice", "kind", "budget", "amount", 6.0)));
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("collaborations", List.of(copy, other))).exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("collaborations[1].figures[0].id");
		unchanged();
	}

	@Test
	void aBulkLoadPathWithANulIsRefusedAsAPath() {
		web.post().uri("/api/bulk-load?path=%00").exchange().expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("path");
	}

	@Test
	void aPathTheFirewallRefusesIsAnsweredAsProblemJsonNamingThePath() {
		// an encoded slash, backslash, NUL or line break in an id: refused before sign-in is even looked at
		for (String id : List.of("a%2Fb", "%5C", "a%00b", "two%0Alines", "..%2F..%2Fetc%2Fpasswd")) {
			web.get().uri(java.net.URI.create("http://localhost:" + port + "/api/people/" + id)).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("path")
				.jsonPath("$.errors[0].reason").isNotEmpty();
		}
		anonymous().delete().uri(java.net.URI.create("http://localhost:" + port + "/api/forces/a%2Fb")).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		unchanged();
	}

	@Test
	void aContentTypeNamingAnUnknownCharsetIsRefusedNotAnswered500() throws Exception {
		// WebTestClient will not send such a header: a plain HTTP client does
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/collaborations/mg/members/bford/withdrawal"))
			.header("Content-Type", "application/json;charset=nope")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
					(org.concordat.TestSignIn.ADMIN + ":" + org.concordat.TestSignIn.ADMIN_PASSWORD).getBytes()))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"left\": \"2024\"}")).build();
		try (var http = java.net.http.HttpClient.newHttpClient()) {
			var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(415);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"field\":\"Content-Type\"");
		}
		unchanged();
	}

	private static Map<String, Object> collaboration(String id) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("name", "New");
		body.put("kind", "unit");
		body.put("scope", "bilateral");
		body.put("status", "active");
		return body;
	}

	private WebTestClient.ResponseSpec post(String uri, String json) {
		return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private WebTestClient.ResponseSpec postJson(String uri, Map<String, Object> body) {
		return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static void refused(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains(field));
	}

	private void unchanged() {
		assertThat(export.document().block()).isEqualTo(before);
	}
}
