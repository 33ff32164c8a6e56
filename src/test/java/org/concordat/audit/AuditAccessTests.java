package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.concordat.Fixtures;
import org.concordat.TestSignIn;
import org.concordat.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who reads the audit: an admin every entry; an editor the entries that concerned its forces, and the whole
 * history of what it may edit now; nobody else any. Nothing changes or deletes an entry through the API. In the
 * tiny register aford hosts the motorway group ({@code mg}), bford is a member of it, cford left it.
 */
class AuditAccessTests extends AuditApiTest {

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
	}

	@Test
	void viewersContactViewersAndOperatorsAreRefusedAndAnonymousClientsMustSignIn() {
		for (WebTestClient refused : List.of(as(Role.VIEWER), as(Role.CONTACT_VIEWER), as(Role.OPERATOR))) {
			refused.get().uri("/api/audit").exchange().expectStatus().isForbidden()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
			refused.get().uri("/api/audit?entity=force:aford").exchange().expectStatus().isForbidden();
		}
		anonymous().get().uri("/api/audit").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void noEndpointChangesOrDeletesAnEntryNotEvenForAnAdmin() {
		renameAford("Aford Constabulary");
		List<Map<String, Object>> before = entries("");
		long entries = auditEntries();
		web.delete().uri("/api/audit").exchange().expectStatus().isForbidden();
		web.post().uri("/api/audit").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
			.expectStatus().isForbidden();
		web.put().uri("/api/audit").contentType(MediaType.APPLICATION_JSON).bodyValue(List.of()).exchange()
			.expectStatus().isForbidden();
		web.delete().uri("/api/audit/" + before.getFirst().get("seq")).exchange().expectStatus().isForbidden();
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(entries("")).isEqualTo(before);
	}

	@Test
	void anEditorReadsTheEntriesThatConcernedItsForcesAndNoOthers() {
		renameAford("Aford Constabulary"); // concerns aford only
		withdrawBford(); // concerns mg's host aford and bford
		WebTestClient bfordEditor = as(Role.EDITOR, "bford");
		List<Map<String, Object>> seen = entries(bfordEditor, "");
		assertThat(seen).isNotEmpty().allSatisfy(e -> assertThat(e.get("forces").toString()).contains("bford"));
		assertThat(seen.getFirst()).containsEntry("endpoint", "POST /api/collaborations/mg/members/bford/withdrawal");
		assertThat(seen).noneMatch(e -> "PUT /api/forces/aford".equals(e.get("endpoint")));
		assertThat(entries(bfordEditor, "?entity=force:aford")).as("aford's record is not bford's to edit").isEmpty();
		assertThat(entries(bfordEditor, "?entity=account:" + TestSignIn.ADMIN)).as("accounts are admins' business")
			.isEmpty();

		List<Map<String, Object>> all = entries("");
		assertThat(all.size()).isGreaterThan(seen.size());
		assertThat(all).anyMatch(e -> "PUT /api/forces/aford".equals(e.get("endpoint")));
	}

	@Test
	void anEditorReadsTheWholeHistoryOfWhatItMayEditNowEvenFromBeforeItsForceWasConcerned() {
		String purpose = etag("/api/collaborations/mg");
		put(web, "/api/collaborations/mg", purpose, Map.of("name", "Motorway Group", "kind", "motorway group",
				"scope", "regional", "purpose", "Patrol the motorways, day and night", "status", "active",
				"started", "2008-06", "functions", List.of("roads-policing"))).expectStatus().isOk();
		WebTestClient dfordEditor = as(Role.EDITOR, "dford");
		assertThat(entries(dfordEditor, "?entity=collaboration:mg")).as("dford has no part in mg yet").isEmpty();

		post(web, "/api/collaborations/mg/members", Map.of("force", "dford", "joined", "2025", "role", "lead"))
			.expectStatus().isCreated();
		List<Map<String, Object>> history = entries(dfordEditor, "?entity=collaboration:mg");
		assertThat(history).extracting(e -> e.get("action")).containsExactly("update", "update", "import");
		assertThat(history).extracting(e -> e.get("endpoint")).startsWith("POST /api/collaborations/mg/members",
				"PUT /api/collaborations/mg");
		assertThat(history).as("as the admin reads it").isEqualTo(entries("?entity=collaboration:mg"));
		assertThat(entries(dfordEditor, "")).as("without entity=, only what concerned dford")
			.extracting(e -> e.get("endpoint")).containsExactly("POST /api/collaborations/mg/members");
	}

	@Test
	void entriesAreFoundByWhoAndWhenAndTheTotalTravelsInAHeader() {
		renameAford("Aford Constabulary");
		WebTestClient aforsEditor = as(Role.EDITOR, "aford");
		put(aforsEditor, "/api/forces/aford", etag("/api/forces/aford"), Map.of("name", "Aford Police", "region", "North"))
			.expectStatus().isOk();
		List<Map<String, Object>> byEditor = entries("?by=test-editor-aford");
		assertThat(byEditor).hasSize(1);
		assertThat(byEditor.getFirst()).containsEntry("by", "test-editor-aford").containsEntry("via", "password");
		assertThat(entries("?by=" + TestSignIn.ADMIN + "&entity=force:aford")).extracting(e -> e.get("endpoint"))
			.containsExactly("PUT /api/forces/aford");

		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		assertThat(entries("?entity=force:aford&from=" + today + "&to=" + today)).hasSize(3);
		assertThat(entries("?from=" + tomorrow)).isEmpty();
		assertThat(entries("?to=" + yesterday)).isEmpty();
		String newestAt = (String) newest().get("at");
		assertThat(entries("?from=" + newestAt + "&to=" + newestAt)).as("both ends inclusive, to the instant")
			.extracting(e -> e.get("at")).containsOnly(newestAt);

		web.get().uri("/api/audit?entity=force:aford&limit=1").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "3")
			.expectBody().jsonPath("$.length()").isEqualTo(1);
	}

	@Test
	void aQuestionTheAuditCannotTakeIsRefusedNamingTheField() {
		for (var bad : Map.of("entity=aford", "entity", "entity=planet:earth", "entity", "from=yesterday", "from",
				"to=2026-13-40", "to", "from=2026-03-02&to=2026-03-01", "to", "limit=0", "limit").entrySet()) {
			web.get().uri("/api/audit?" + bad.getKey()).exchange().expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo(bad.getValue());
		}
	}

	private void renameAford(String name) {
		put(web, "/api/forces/aford", etag("/api/forces/aford"), Map.of("name", name, "region", "North"))
			.expectStatus().isOk();
	}

	private void withdrawBford() {
		post(web, "/api/collaborations/mg/members/bford/withdrawal", Map.of("left", "2024-03")).expectStatus().isOk();
	}
}
