package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * People's names and contact details, and accounts' passwords and tokens, are recorded as changed, never with
 * their values: not in an answer of {@code /api/audit}, not in any property of the audit's nodes, not in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditPersonalDataTests extends AuditApiTest {

	private static final String NAME = "Jo Quillfeather";

	private static final String RENAMED = "Jo Quillfeather-Marsh";

	private static final String CONTACT = "jo.quillfeather@example.org";

	private static final String PASSWORD = "quillfeather-password-1";

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
	}

	@Test
	void aPersonsNameAndContactDetailsAreRecordedAsChangedWithoutTheirValues(CapturedOutput output) {
		long entries = auditEntries();
		String created = post(web, "/api/people", Map.of("id", "jq", "name", NAME, "contact", CONTACT, "title",
				"Head of roads policing", "force", "aford")).expectStatus().isCreated().returnResult(String.class)
			.getResponseHeaders().getETag();
		Map<String, Map<String, Object>> create = fields(onlyChange(newest()));
		assertThat(create.get("name")).isEqualTo(Map.of("field", "name", "changed", true));
		assertThat(create.get("contact")).isEqualTo(Map.of("field", "contact", "changed", true));
		assertThat(create.get("title")).containsAllEntriesOf(beforeAfter(null, "Head of roads policing"));
		assertThat(newest()).containsEntry("forces", List.of("aford"));

		String renamed = put(web, "/api/people/jq", created, Map.of("name", RENAMED, "contact", CONTACT, "title",
				"Head of roads policing", "force", "aford")).expectStatus().isOk().returnResult(String.class)
			.getResponseHeaders().getETag();
		assertThat(fields(onlyChange(newest()))).as("the contact details did not change")
			.containsOnlyKeys("name");
		delete(web, "/api/people/jq", renamed).expectStatus().isNoContent();
		assertThat(fields(onlyChange(newest()))).containsKeys("name", "contact", "title");
		assertThat(auditEntries()).isEqualTo(entries + 3);

		web.get().uri("/api/audit").exchange().expectStatus().isOk().expectBody(String.class)
			.value(body -> assertThat(body).contains("person:jq").doesNotContain(NAME).doesNotContain(CONTACT));
		assertThat(everythingTheAuditHolds()).contains("person:jq").doesNotContain("Quillfeather");
		assertThat(output.getAll()).doesNotContain("Quillfeather");
	}

	@Test
	void anImportRecordsItsCountsNotThePeopleItCarries(CapturedOutput output) {
		var tiny = Fixtures.tinyRegister();
		var lead = tiny.people().getFirst();
		var named = new org.concordat.people.Person(lead.id(), NAME, lead.title(), lead.rank(), lead.force(), CONTACT,
				lead.leads(), lead.contactFor());
		post(web, "/api/import?mode=merge", new org.concordat.register.RegisterDocument(List.of(), List.of(), List.of(),
				List.of(named), List.of())).expectStatus().isOk();
		assertThat(newest()).containsEntry("action", "import");
		assertThat(everythingTheAuditHolds()).doesNotContain("Quillfeather");
		assertThat(output.getAll()).doesNotContain("Quillfeather");
	}

	@Test
	void anAccountsPasswordAndTokensAreRecordedAsChangedNeverWithTheirValues(CapturedOutput output) {
		web.delete().uri("/api/accounts/audit-person").exchange();
		long entries = auditEntries();
		post(web, "/api/accounts", Map.of("username", "audit-person", "password", PASSWORD, "roles", List.of("viewer")))
			.expectStatus().isCreated();
		Map<String, Object> created = newest();
		assertThat(created).containsEntry("action", "create").containsEntry("endpoint", "POST /api/accounts")
			.doesNotContainKey("change");
		assertThat(onlyChange(created)).containsEntry("entity", "account:audit-person").containsEntry("action", "created");
		assertThat(fields(onlyChange(created))).containsOnlyKeys("roles", "forces", "enabled", "password");
		assertThat(fields(onlyChange(created)).get("password")).isEqualTo(Map.of("field", "password", "changed", true));
		assertThat(fields(onlyChange(created)).get("roles")).containsAllEntriesOf(beforeAfter(null, List.of("viewer")));

		web.put().uri("/api/accounts/audit-person").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("editor"), "forces", List.of("aford"))).exchange().expectStatus().isOk();
		assertThat(fields(onlyChange(newest()))).containsOnlyKeys("roles", "forces");
		assertThat(fields(onlyChange(newest())).get("roles"))
			.containsAllEntriesOf(beforeAfter(List.of("viewer"), List.of("editor")));

		String token = (String) post(as("audit-person", PASSWORD), "/api/account/tokens", Map.of("name", "nightly"))
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("token");
		Map<String, Object> issued = newest();
		assertThat(issued).containsEntry("by", "audit-person").containsEntry("endpoint", "POST /api/account/tokens");
		assertThat(fields(onlyChange(issued))).hasSize(1);
		String tokenField = fields(onlyChange(issued)).keySet().iterator().next();
		assertThat(tokenField).startsWith("tokens[");
		@SuppressWarnings("unchecked")
		Map<String, Object> after = (Map<String, Object>) fields(onlyChange(issued)).get(tokenField).get("after");
		assertThat(after).containsEntry("name", "nightly");

		web.put().uri("/api/accounts/audit-person/password").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("password", PASSWORD + "-2")).exchange().expectStatus().isNoContent();
		assertThat(fields(onlyChange(newest()))).containsOnlyKeys("password");
		web.delete().uri("/api/accounts/audit-person").exchange().expectStatus().isNoContent();
		assertThat(onlyChange(newest())).containsEntry("action", "deleted");
		assertThat(auditEntries()).isEqualTo(entries + 5);

		assertThat(everythingTheAuditHolds()).contains("account:audit-person").doesNotContain(PASSWORD)
			.doesNotContain(token).doesNotContain("$2a$");
		assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(token);
	}

	@Test
	void aRefusedAccountChangeLeavesNoEntry() {
		long entries = auditEntries();
		web.put().uri("/api/accounts/" + org.concordat.TestSignIn.ADMIN)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("editor"), "forces", List.of("no-such-force"))).exchange()
			.expectStatus().isBadRequest();
		web.delete().uri("/api/accounts/no-such-account").exchange().expectStatus().isNotFound();
		post(web, "/api/accounts", Map.of("username", "Not Valid", "roles", List.of("viewer"))).expectStatus().isBadRequest();
		assertThat(auditEntries()).isEqualTo(entries);
	}

	@Test
	void anAccountEnsuredAgainIsUpdatedAndRecordedAsSuchNotCreatedTwice() {
		web.delete().uri("/api/accounts/audit-ensured").exchange();
		long entries = auditEntries();
		accounts.ensure("audit-ensured", PASSWORD, List.of(org.concordat.security.Role.VIEWER)).block();
		accounts.ensure("audit-ensured", PASSWORD, List.of(org.concordat.security.Role.EDITOR), List.of("aford")).block();
		assertThat(count("MATCH (a:Account {username: 'audit-ensured'}) RETURN count(a)")).isOne();
		assertThat(auditEntries()).isEqualTo(entries + 2);
		assertThat(onlyChange(newest())).containsEntry("entity", "account:audit-ensured").containsEntry("action", "updated");
		assertThat(fields(onlyChange(newest()))).containsOnlyKeys("roles", "forces", "password");
		web.delete().uri("/api/accounts/audit-ensured").exchange().expectStatus().isNoContent();
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.concordat.account.Accounts accounts;

	/** Every property of every node of the audit, as text. */
	private String everythingTheAuditHolds() {
		return cypher.maps("""
				MATCH (n) WHERE n:AuditEntry OR n:AuditSubject OR n:AuditSequence
				RETURN {properties: [k IN keys(n) | n[k]]} AS row""", Map.of())
			.map(Object::toString).collectList().block().toString();
	}
}
