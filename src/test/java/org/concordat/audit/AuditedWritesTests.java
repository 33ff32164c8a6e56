package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.Fixtures;
import org.concordat.TestSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of single-entity write leaves exactly one audit entry, with who, when, through which endpoint,
 * the change number it gave what it wrote, and each field that changed, before and after. In the tiny register
 * aford hosts the motorway group ({@code mg}), bford is a member of it, cford left it.
 */
class AuditedWritesTests extends AuditApiTest {

	private static final Map<String, Object> EFORD = Map.of("id", "eford", "name", "EFORD Police", "region", "East",
			"hq", Map.of("town", "Eton", "lat", 52.0, "lon", 0.1));

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
	}

	@Test
	void aCreateAnUpdateAndADeleteEachLeaveOneEntryWithEveryChangedFieldBeforeAndAfter() {
		long entries = auditEntries();
		String created = post(web, "/api/forces", EFORD).expectStatus().isCreated().returnResult(String.class)
			.getResponseHeaders().getETag();
		assertThat(auditEntries()).isEqualTo(entries + 1);
		Map<String, Object> create = newest();
		assertThat(create).containsEntry("action", "create").containsEntry("by", TestSignIn.ADMIN)
			.containsEntry("via", "password").containsEntry("endpoint", "POST /api/forces")
			.containsEntry("change", (int) version(created)).containsEntry("forces", List.of("eford"));
		assertThat((String) create.get("at")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(onlyChange(create)).containsEntry("entity", "force:eford").containsEntry("action", "created");
		assertThat(fields(onlyChange(create))).containsOnlyKeys("name", "region", "hq.town", "hq.lat", "hq.lon");
		assertThat(fields(onlyChange(create)).get("hq.lat")).containsAllEntriesOf(beforeAfter(null, 52.0));

		String updated = put(web, "/api/forces/eford", created, Map.of("name", "Eford Constabulary", "region", "East",
				"hq", Map.of("town", "Eton", "lat", 52.0, "lon", 0.1))).expectStatus().isOk().returnResult(String.class)
			.getResponseHeaders().getETag();
		assertThat(auditEntries()).isEqualTo(entries + 2);
		Map<String, Object> update = newest();
		assertThat(update).containsEntry("action", "update").containsEntry("endpoint", "PUT /api/forces/eford")
			.containsEntry("change", (int) version(updated));
		assertThat(onlyChange(update)).containsEntry("action", "updated");
		assertThat(fields(onlyChange(update))).containsOnlyKeys("name");
		assertThat(fields(onlyChange(update)).get("name"))
			.containsAllEntriesOf(beforeAfter("EFORD Police", "Eford Constabulary"));

		delete(web, "/api/forces/eford", updated).expectStatus().isNoContent();
		assertThat(auditEntries()).isEqualTo(entries + 3);
		Map<String, Object> delete = newest();
		assertThat(delete).containsEntry("action", "delete").containsEntry("endpoint", "DELETE /api/forces/eford");
		assertThat(onlyChange(delete)).containsEntry("entity", "force:eford").containsEntry("action", "deleted");
		assertThat(fields(onlyChange(delete)).get("name")).containsAllEntriesOf(beforeAfter("Eford Constabulary", null));
		assertThat(fields(onlyChange(delete))).containsOnlyKeys("name", "region", "hq.town", "hq.lat", "hq.lon");

		// the entity's history: its three writes, newest first (and the replacing import that loaded the register)
		List<Map<String, Object>> history = entries("?entity=force:eford");
		assertThat(history).extracting(e -> e.get("action")).containsExactly("delete", "update", "create", "import");
	}

	@Test
	void aJoinAndAWithdrawalEachLeaveOneEntryWithTheMembershipsFields() {
		long entries = auditEntries();
		post(web, "/api/collaborations/mg/members", Map.of("force", "dford", "joined", "2025", "role", "member",
				"costShare", 0.1)).expectStatus().isCreated();
		assertThat(auditEntries()).isEqualTo(entries + 1);
		Map<String, Object> join = newest();
		assertThat(join).containsEntry("action", "update").containsEntry("endpoint", "POST /api/collaborations/mg/members")
			.containsEntry("forces", List.of("aford", "dford"));
		assertThat(onlyChange(join)).containsEntry("entity", "collaboration:mg").containsEntry("action", "updated");
		Map<String, Map<String, Object>> joined = fields(onlyChange(join));
		assertThat(joined).containsOnlyKeys("members[dford@2025].force", "members[dford@2025].joined",
				"members[dford@2025].role", "members[dford@2025].costShare", "members[dford@2025].confidence");
		assertThat(joined.get("members[dford@2025].costShare")).containsAllEntriesOf(beforeAfter(null, 0.1));
		assertThat(joined.get("members[dford@2025].confidence")).as("as stored, defaulted")
			.containsAllEntriesOf(beforeAfter(null, "confirmed"));

		post(web, "/api/collaborations/mg/members/bford/withdrawal", Map.of("left", "2024-03")).expectStatus().isOk();
		assertThat(auditEntries()).isEqualTo(entries + 2);
		Map<String, Object> withdrawal = newest();
		assertThat(withdrawal).containsEntry("endpoint", "POST /api/collaborations/mg/members/bford/withdrawal")
			.containsEntry("forces", List.of("aford", "bford"));
		assertThat(fields(onlyChange(withdrawal))).containsOnlyKeys("members[bford@2011].left");
		assertThat(fields(onlyChange(withdrawal)).get("members[bford@2011].left"))
			.containsAllEntriesOf(beforeAfter(null, "2024-03"));
	}

	@Test
	void aCollaborationsFieldsAndALessonsChangesAreRecordedFieldByField() {
		String etag = etag("/api/collaborations/mg");
		Map<String, Object> mg = Map.of("name", "Motorway Group", "kind", "motorway group", "scope", "regional",
				"purpose", "Patrol the motorways, day and night", "status", "active", "started", "2008-06",
				"functions", List.of("roads-policing", "firearms"), "partners", List.of("Highways Agency"));
		put(web, "/api/collaborations/mg", etag, mg).expectStatus().isOk();
		Map<String, Map<String, Object>> changed = fields(onlyChange(newest()));
		assertThat(changed).containsOnlyKeys("purpose", "functions", "legalBasis", "annualCost", "sources");
		assertThat(changed.get("functions")).containsAllEntriesOf(beforeAfter(List.of("roads-policing"),
				List.of("firearms", "roads-policing")));
		assertThat(changed.get("annualCost")).as("left out of the PUT, so cleared").containsAllEntriesOf(
				beforeAfter(1_200_000.0, null));

		put(web, "/api/lessons/mg-exit-terms", etag("/api/lessons/mg-exit-terms"), Map.of("title",
				"Agree exit terms early", "summary", "Leaving took longer than planned.", "theme", "withdrawal", "date",
				"2019", "source", "https://example.org/report", "collaboration", "mg", "toldBy", "mg-lead"))
			.expectStatus().isOk();
		Map<String, Object> lesson = newest();
		assertThat(onlyChange(lesson)).containsEntry("entity", "lesson:mg-exit-terms");
		assertThat(fields(onlyChange(lesson))).as("nothing changed but the version").isEmpty();
		assertThat(lesson).as("the forces that are or were members of its collaboration")
			.containsEntry("forces", List.of("aford", "bford", "cford"));
	}

	@Test
	void theFunctionVocabularyIsAuditedLikeTheRest() {
		long entries = auditEntries();
		post(web, "/api/functions", Map.of("id", "horses", "name", "Horses")).expectStatus().isCreated();
		put(web, "/api/functions/horses", etag("/api/functions/horses"), Map.of("name", "Mounted police"))
			.expectStatus().isOk();
		assertThat(auditEntries()).isEqualTo(entries + 2);
		assertThat(fields(onlyChange(newest())).get("name")).containsAllEntriesOf(beforeAfter("Horses", "Mounted police"));
		assertThat(newest()).containsEntry("forces", List.of());
	}
}
