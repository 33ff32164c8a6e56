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
		assertThat(changed.keySet().stream().filter(path -> !path.startsWith("benefits[mg-calls].")))
			.as("the old legal basis and annual cost as the terms and the undated budget they became")
			.containsExactlyInAnyOrder("purpose", "functions", "terms.legalBasis.value", "budgets[undated].amount",
					"budgets[undated].note", "sources");
		assertThat(changed.get("functions")).containsAllEntriesOf(beforeAfter(List.of("roads-policing"),
				List.of("firearms", "roads-policing")));
		assertThat(changed.get("budgets[undated].amount")).as("left out of the PUT, so cleared").containsAllEntriesOf(
				beforeAfter(1_200_000.0, null));
		assertThat(changed.get("benefits[mg-calls].planned[2019/20].value")).as("left out of the PUT, so cleared")
			.containsAllEntriesOf(beforeAfter(1000.0, null));

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
	void theAgreementsEndpointsRecordTheTermsCostSharingBudgetsAndBenefitsFieldByField() {
		long entries = auditEntries();
		put(web, "/api/collaborations/mg/terms", etag("/api/collaborations/mg"), Map.of("legalBasis",
				Map.of("value", "s22A"), "noticeMonths", Map.of("value", 12, "source", "https://example.org/agreement"),
				"strandedCosts", Map.of("value", 250_000, "confidence", "approximate"),
				"staffing", List.of(Map.of("force", "aford", "share", 0.69)))).expectStatus().isOk();
		Map<String, Object> terms = newest();
		assertThat(terms).containsEntry("action", "update").containsEntry("endpoint", "PUT /api/collaborations/mg/terms")
			.containsEntry("forces", List.of("aford"));
		assertThat(fields(onlyChange(terms))).containsOnlyKeys("terms.noticeMonths.value", "terms.noticeMonths.source",
				"terms.strandedCosts.value", "terms.strandedCosts.confidence", "terms.staffing[aford].force",
				"terms.staffing[aford].share");
		assertThat(fields(onlyChange(terms)).get("terms.strandedCosts.value")).containsAllEntriesOf(beforeAfter(null, 250_000.0));
		assertThat(fields(onlyChange(terms)).get("terms.noticeMonths.value")).containsAllEntriesOf(beforeAfter(null, 12));

		put(web, "/api/collaborations/mg/cost-sharing", etag("/api/collaborations/mg"), Map.of("method", "formula",
				"weights", List.of(Map.of("name", "motorway length", "unit", "km",
						"values", List.of(Map.of("force", "aford", "value", 30)))))).expectStatus().isOk();
		assertThat(fields(onlyChange(newest()))).containsOnlyKeys("costSharing.method",
				"costSharing.weights[motorway length].name", "costSharing.weights[motorway length].unit",
				"costSharing.weights[motorway length].values[aford].force",
				"costSharing.weights[motorway length].values[aford].value");

		put(web, "/api/collaborations/mg/budgets", etag("/api/collaborations/mg"),
				List.of(Map.of("year", "2019/20", "amount", 1_250_000))).expectStatus().isOk();
		Map<String, Map<String, Object>> budgets = fields(onlyChange(newest()));
		assertThat(budgets).containsOnlyKeys("budgets[undated].amount", "budgets[undated].note",
				"budgets[2019/20].year", "budgets[2019/20].amount");
		assertThat(budgets.get("budgets[2019/20].amount")).containsAllEntriesOf(beforeAfter(null, 1_250_000.0));

		post(web, "/api/collaborations/mg/benefits", Map.of("id", "patrols", "title", "More patrol hours",
				"kind", "non-cashable", "unit", "hours", "realised", List.of(Map.of("period", "2019/20", "value", 400))))
			.expectStatus().isCreated();
		Map<String, Object> benefit = newest();
		assertThat(benefit).containsEntry("endpoint", "POST /api/collaborations/mg/benefits");
		assertThat(fields(onlyChange(benefit))).containsOnlyKeys("benefits[patrols].id", "benefits[patrols].title",
				"benefits[patrols].kind", "benefits[patrols].unit", "benefits[patrols].realised[2019/20].period",
				"benefits[patrols].realised[2019/20].value");

		delete(web, "/api/collaborations/mg/benefits/patrols", etag("/api/collaborations/mg")).expectStatus()
			.isNoContent();
		assertThat(newest()).containsEntry("endpoint", "DELETE /api/collaborations/mg/benefits/patrols");
		assertThat(fields(onlyChange(newest())).get("benefits[patrols].title"))
			.containsAllEntriesOf(beforeAfter("More patrol hours", null));
		assertThat(auditEntries()).as("one entry a write").isEqualTo(entries + 5);
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
