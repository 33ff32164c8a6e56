package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An editor edits what belongs to its forces, and nothing else. In the tiny register aford hosts the motorway
 * group ({@code mg}) and led the alliance, bford is a member of the motorway group only, dford hosts the
 * alliance; the person {@code mg-lead} serves in aford, the lesson {@code mg-exit-terms} was learned in mg.
 */
class EditRightsTests extends ApiTest {

	@Autowired
	private RegisterExport export;

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
	}

	private static WebTestClient.ResponseSpec put(WebTestClient client, String uri, Object body) {
		// any version: what is tested here is who may write, not which version (docs/integrity.md)
		return client.put().uri(uri).header("If-Match", "*").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange();
	}

	private static WebTestClient.ResponseSpec post(WebTestClient client, String uri, Object body) {
		return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	@Test
	void viewersAndContactViewersWriteNothing() {
		RegisterDocument before = export.document().block();
		for (WebTestClient reader : List.of(as(Role.VIEWER), as(Role.CONTACT_VIEWER), as(Role.OPERATOR))) {
			put(reader, "/api/forces/aford", Map.of("name", "A", "region", "North")).expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
			reader.delete().uri("/api/lessons/mg-exit-terms").header("If-Match", "*").exchange().expectStatus().isForbidden();
		}
		assertThat(export.document().block()).isEqualTo(before);
	}

	@Test
	void anEditorEditsItsOwnForcesRecordOnlyAndCreatesOrDeletesNoForce() {
		WebTestClient aford = as(Role.EDITOR, "aford");
		put(aford, "/api/forces/aford", Map.of("name", "A Constabulary", "region", "North")).expectStatus().isOk();
		put(aford, "/api/forces/bford", Map.of("name", "B Constabulary", "region", "North")).expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("bford"));
		post(aford, "/api/forces", Map.of("id", "eford", "name", "E", "region", "Wales")).expectStatus().isForbidden();
		aford.delete().uri("/api/forces/aford").header("If-Match", "*").exchange().expectStatus().isForbidden();
		post(aford, "/api/functions", Map.of("id", "horses", "name", "Horses")).expectStatus().isForbidden();
	}

	@Test
	void theHostsEditorEditsTheCollaborationAMembersEditorOnlyItsOwnMembershipAndFigures() {
		Map<String, Object> purpose = Map.of("name", "Motorway Group", "kind", "motorway group", "scope", "regional",
				"purpose", "Patrol the motorways, day and night", "status", "active", "started", "2008-06",
				"functions", List.of("roads-policing"));
		put(as(Role.EDITOR, "bford"), "/api/collaborations/mg", purpose).expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("hosts or leads"));
		put(as(Role.EDITOR, "aford"), "/api/collaborations/mg", purpose).expectStatus().isOk()
			.expectBody().jsonPath("$.purpose").isEqualTo("Patrol the motorways, day and night");

		// bford withdraws itself: its own membership
		post(as(Role.EDITOR, "bford"), "/api/collaborations/mg/members/bford/withdrawal", Map.of("left", "2024-03"))
			.expectStatus().isOk();
		// but not another member
		post(as(Role.EDITOR, "bford"), "/api/collaborations/mg/members/aford/withdrawal", Map.of("left", "2024-03"))
			.expectStatus().isForbidden();
		// dford joins the motorway group: its own membership, though it is not a member yet
		post(as(Role.EDITOR, "dford"), "/api/collaborations/mg/members",
				Map.of("force", "dford", "joined", "2025", "role", "member", "costShare", 0.1)).expectStatus().isCreated();
		post(as(Role.EDITOR, "dford"), "/api/collaborations/mg/members",
				Map.of("force", "cford", "joined", "2025", "role", "member")).expectStatus().isForbidden();
	}

	@Test
	void anEditorCreatesOnlyCollaborationsOneOfItsForcesHostsOrLeads() {
		Map<String, Object> hostedByA = Map.of("id", "new-unit", "name", "New Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2024", "functions", List.of("dogs"),
				"members", List.of(Map.of("force", "aford", "role", "host"), Map.of("force", "bford", "role", "member")));
		post(as(Role.EDITOR, "bford"), "/api/collaborations", hostedByA).expectStatus().isForbidden();
		post(as(Role.EDITOR, "aford"), "/api/collaborations", hostedByA).expectStatus().isCreated();
		as(Role.EDITOR, "bford").delete().uri("/api/collaborations/new-unit").header("If-Match", "*").exchange().expectStatus().isForbidden();
		// the host's editor may, but a collaboration with members keeps its history: end it instead
		as(Role.EDITOR, "aford").delete().uri("/api/collaborations/new-unit").header("If-Match", "*").exchange().expectStatus().isEqualTo(409);
	}

	@Test
	void peopleAreEditedByTheEditorOfTheirForceBeforeAndAfter() {
		Map<String, Object> person = Map.of("title", "Motorway group lead", "rank", "Chief Superintendent",
				"force", "aford");
		put(as(Role.EDITOR, "bford"), "/api/people/mg-lead", person).expectStatus().isForbidden();
		put(as(Role.EDITOR, "aford"), "/api/people/mg-lead", person).expectStatus().isOk();
		Map<String, Object> moved = Map.of("title", "Motorway group lead", "force", "bford");
		put(as(Role.EDITOR, "aford"), "/api/people/mg-lead", moved).expectStatus().isForbidden();
		put(as(Role.EDITOR, "aford", "bford"), "/api/people/mg-lead", moved).expectStatus().isOk();
		as(Role.EDITOR, "aford").delete().uri("/api/people/mg-lead").header("If-Match", "*").exchange().expectStatus().isForbidden();
		as(Role.EDITOR, "bford").delete().uri("/api/people/mg-lead").header("If-Match", "*").exchange().expectStatus().isNoContent();
	}

	@Test
	void lessonsAreEditedByTheEditorsOfTheCollaborationsMembers() {
		Map<String, Object> lesson = Map.of("title", "Agree exit terms early", "summary", "It took two years.",
				"theme", "withdrawal", "collaboration", "mg");
		put(as(Role.EDITOR, "dford"), "/api/lessons/mg-exit-terms", lesson).expectStatus().isForbidden();
		put(as(Role.EDITOR, "bford"), "/api/lessons/mg-exit-terms", lesson).expectStatus().isOk();
		// moving it to a collaboration bford was never part of
		put(as(Role.EDITOR, "bford"), "/api/lessons/mg-exit-terms", Map.of("title", "Agree exit terms early",
				"theme", "withdrawal", "collaboration", "alliance")).expectStatus().isForbidden();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aMembersEditorRecordsFiguresForItsOwnForceOnly() {
		Map<String, Object> mg = web.get().uri("/api/collaborations/mg").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		Map<String, Object> withFigure = new java.util.HashMap<>(mg);
		List<Object> figures = new java.util.ArrayList<>((List<Object>) mg.get("figures"));
		figures.add(Map.of("kind", "withdrawal-cost", "amount", 250_000.0, "date", "2024", "force", "bford",
				"source", "https://example.org/bford-exit"));
		withFigure.put("figures", figures);
		put(as(Role.EDITOR, "bford"), "/api/collaborations/mg", withFigure).expectStatus().isOk()
			.expectBody().jsonPath("$.figures.length()").isEqualTo(2);

		figures.add(Map.of("kind", "withdrawal-cost", "amount", 1.0, "date", "2024", "force", "cford",
				"source", "https://example.org/cford-exit"));
		put(as(Role.EDITOR, "bford"), "/api/collaborations/mg", withFigure).expectStatus().isForbidden();
		withFigure.put("purpose", "Something else");
		figures.removeLast();
		put(as(Role.EDITOR, "bford"), "/api/collaborations/mg", withFigure).expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("fields"));
	}

	@Test
	void anAdminMayDoAllOfIt() {
		put(web, "/api/forces/bford", Map.of("name", "B Constabulary", "region", "North")).expectStatus().isOk();
		post(web, "/api/functions", Map.of("id", "horses", "name", "Horses")).expectStatus().isCreated();
		web.delete().uri("/api/lessons/mg-exit-terms").header("If-Match", "*").exchange().expectStatus().isNoContent();
	}
}
