package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every operation of the OpenAPI document, and every Actuator endpoint, asked as every kind of principal, answers
 * as the roles table in the README says: allowed (anything but 401 and 403), 401 for an anonymous client, 403
 * for a signed-in one. An operation the document lists, or an endpoint Actuator's index links to, without a
 * decision here fails the test, so no endpoint is added without one.
 * The editor is an editor for {@code aford}, and its sample requests concern aford (what an editor may do for
 * other forces is {@code EditRightsTests}'); personal fields are {@code PersonalDataTests}'.
 */
class RoleEndpointTests extends ApiTest {

	/**
	 * Who may call an operation, each including the ones after it in this list only as the README says;
	 * {@code OPERATOR} stands apart (operator and admin).
	 */
	enum Needs {
		ANYONE, SIGNED_IN, VIEWER, EDITOR, ADMIN, OPERATOR
	}

	/** One decision: who may, and a request that exercises the operation on the tiny register. */
	record Decision(Needs needs, String uri, Object body) {
	}

	private static Decision d(Needs needs, String uri) {
		return new Decision(needs, uri, null);
	}

	private static Decision d(Needs needs, String uri, Object body) {
		return new Decision(needs, uri, body);
	}

	private static final Map<String, Object> COLLABORATION = Map.of("id", "rt-unit", "name", "RT Unit",
			"kind", "shared service", "scope", "regional", "status", "active", "started", "2024",
			"functions", List.of("dogs"), "members", List.of(Map.of("force", "aford", "role", "host")));

	private static final Map<String, Object> PERSON = Map.of("id", "rt-person", "title", "Head of dogs",
			"force", "aford");

	private static final Map<String, Object> LESSON = Map.of("id", "rt-lesson", "title", "Share the kennels",
			"theme", "purpose", "collaboration", "mg");

	/** Operation ("METHOD /path/{template}") to decision; README, "Who may do what", is the same table. */
	static final Map<String, Decision> DECISIONS = new LinkedHashMap<>();

	static {
		DECISIONS.put("GET /api/sign-in", d(Needs.ANYONE, "/api/sign-in"));
		DECISIONS.put("GET /api/account", d(Needs.SIGNED_IN, "/api/account"));
		DECISIONS.put("PUT /api/account/password", d(Needs.SIGNED_IN, "/api/account/password",
				Map.of("current", "not-the-password", "password", "a-new-password-1")));
		DECISIONS.put("GET /api/account/tokens", d(Needs.SIGNED_IN, "/api/account/tokens"));
		DECISIONS.put("POST /api/account/tokens", d(Needs.SIGNED_IN, "/api/account/tokens", Map.of("name", "rt")));
		DECISIONS.put("DELETE /api/account/tokens/{id}", d(Needs.SIGNED_IN, "/api/account/tokens/no-such-token"));

		DECISIONS.put("GET /api/forces", d(Needs.VIEWER, "/api/forces"));
		DECISIONS.put("GET /api/forces/{id}", d(Needs.VIEWER, "/api/forces/aford"));
		DECISIONS.put("POST /api/forces", d(Needs.ADMIN, "/api/forces", Map.of("id", "rt-force", "name", "RT",
				"region", "Wales")));
		DECISIONS.put("PUT /api/forces/{id}", d(Needs.EDITOR, "/api/forces/aford", Map.of("name", "A Police",
				"region", "North")));
		DECISIONS.put("DELETE /api/forces/{id}", d(Needs.ADMIN, "/api/forces/aford"));

		DECISIONS.put("GET /api/collaborations", d(Needs.VIEWER, "/api/collaborations"));
		DECISIONS.put("GET /api/collaborations/{id}", d(Needs.VIEWER, "/api/collaborations/mg"));
		DECISIONS.put("POST /api/collaborations", d(Needs.EDITOR, "/api/collaborations", COLLABORATION));
		DECISIONS.put("PUT /api/collaborations/{id}", d(Needs.EDITOR, "/api/collaborations/mg", Map.of("name",
				"Motorway Group", "kind", "motorway group", "scope", "regional", "status", "active", "started", "2008-06",
				"functions", List.of("roads-policing"))));
		DECISIONS.put("DELETE /api/collaborations/{id}", d(Needs.EDITOR, "/api/collaborations/mg"));
		DECISIONS.put("POST /api/collaborations/{id}/members", d(Needs.EDITOR, "/api/collaborations/mg/members",
				Map.of("force", "dford", "joined", "2025", "role", "member", "costShare", 0.1)));
		DECISIONS.put("POST /api/collaborations/{id}/members/{force}/withdrawal", d(Needs.EDITOR,
				"/api/collaborations/mg/members/bford/withdrawal", Map.of("left", "2024")));

		// a collaboration's agreement, money and benefits: its own (aford hosts mg), read by viewers
		DECISIONS.put("GET /api/collaborations/{id}/terms", d(Needs.VIEWER, "/api/collaborations/mg/terms"));
		DECISIONS.put("PUT /api/collaborations/{id}/terms", d(Needs.EDITOR, "/api/collaborations/mg/terms",
				Map.of("noticeMonths", Map.of("value", 6))));
		DECISIONS.put("GET /api/collaborations/{id}/cost-sharing", d(Needs.VIEWER, "/api/collaborations/mg/cost-sharing"));
		DECISIONS.put("PUT /api/collaborations/{id}/cost-sharing", d(Needs.EDITOR, "/api/collaborations/mg/cost-sharing",
				Map.of("method", "equal")));
		DECISIONS.put("GET /api/collaborations/{id}/budgets", d(Needs.VIEWER, "/api/collaborations/mg/budgets"));
		DECISIONS.put("PUT /api/collaborations/{id}/budgets", d(Needs.EDITOR, "/api/collaborations/mg/budgets",
				List.of(Map.of("year", "2024/25", "amount", 1000))));
		DECISIONS.put("GET /api/collaborations/{id}/benefits", d(Needs.VIEWER, "/api/collaborations/mg/benefits"));
		DECISIONS.put("POST /api/collaborations/{id}/benefits", d(Needs.EDITOR, "/api/collaborations/mg/benefits",
				Map.of("id", "rt-benefit", "title", "RT benefit", "kind", "qualitative")));
		DECISIONS.put("GET /api/collaborations/{id}/benefits/{benefitId}",
				d(Needs.VIEWER, "/api/collaborations/mg/benefits/mg-calls"));
		DECISIONS.put("PUT /api/collaborations/{id}/benefits/{benefitId}", d(Needs.EDITOR,
				"/api/collaborations/mg/benefits/mg-calls", Map.of("title", "Calls", "kind", "non-cashable")));
		DECISIONS.put("DELETE /api/collaborations/{id}/benefits/{benefitId}",
				d(Needs.EDITOR, "/api/collaborations/mg/benefits/mg-calls"));
		DECISIONS.put("GET /api/collaborations/{id}/benefits/{benefitId}/progress",
				d(Needs.VIEWER, "/api/collaborations/mg/benefits/mg-calls/progress"));

		// figures are added through the collaboration's PUT; read, edited and deleted on their own (aford hosts mg)
		DECISIONS.put("GET /api/collaborations/{id}/figures", d(Needs.VIEWER, "/api/collaborations/mg/figures"));
		DECISIONS.put("DELETE /api/collaborations/{id}/figures/{figureId}",
				d(Needs.EDITOR, "/api/collaborations/mg/figures/no-such-figure"));
		DECISIONS.put("PUT /api/collaborations/{id}/figures/{figureId}", d(Needs.EDITOR,
				"/api/collaborations/mg/figures/no-such-figure", Map.of("kind", "annual-cost", "amount", 1)));

		DECISIONS.put("GET /api/people", d(Needs.VIEWER, "/api/people"));
		DECISIONS.put("GET /api/people/{id}", d(Needs.VIEWER, "/api/people/mg-lead"));
		DECISIONS.put("POST /api/people", d(Needs.EDITOR, "/api/people", PERSON));
		DECISIONS.put("PUT /api/people/{id}", d(Needs.EDITOR, "/api/people/mg-lead", Map.of("title", "Lead",
				"force", "aford")));
		DECISIONS.put("DELETE /api/people/{id}", d(Needs.EDITOR, "/api/people/mg-lead"));

		DECISIONS.put("GET /api/lessons", d(Needs.VIEWER, "/api/lessons"));
		DECISIONS.put("GET /api/lessons/{id}", d(Needs.VIEWER, "/api/lessons/mg-exit-terms"));
		DECISIONS.put("POST /api/lessons", d(Needs.EDITOR, "/api/lessons", LESSON));
		DECISIONS.put("PUT /api/lessons/{id}", d(Needs.EDITOR, "/api/lessons/mg-exit-terms", Map.of("title",
				"Agree exit terms early", "theme", "withdrawal", "collaboration", "mg")));
		DECISIONS.put("DELETE /api/lessons/{id}", d(Needs.EDITOR, "/api/lessons/mg-exit-terms"));

		DECISIONS.put("GET /api/functions", d(Needs.VIEWER, "/api/functions"));
		DECISIONS.put("GET /api/functions/{id}", d(Needs.VIEWER, "/api/functions/dogs"));
		DECISIONS.put("POST /api/functions", d(Needs.ADMIN, "/api/functions", Map.of("id", "horses", "name", "Horses")));
		DECISIONS.put("PUT /api/functions/{id}", d(Needs.ADMIN, "/api/functions/dogs", Map.of("name", "Dog units")));
		DECISIONS.put("DELETE /api/functions/{id}", d(Needs.ADMIN, "/api/functions/dogs"));

		DECISIONS.put("GET /api/export", d(Needs.VIEWER, "/api/export"));
		DECISIONS.put("POST /api/import", d(Needs.ADMIN, "/api/import?mode=merge", Map.of()));
		// an editor is answered (here 415: no file sent); each row is then judged by its rights (SpreadsheetImportTests)
		DECISIONS.put("POST /api/import/spreadsheet", d(Needs.EDITOR, "/api/import/spreadsheet?dryRun=true"));
		DECISIONS.put("GET /api/import/spreadsheet/template", d(Needs.EDITOR, "/api/import/spreadsheet/template"));
		DECISIONS.put("POST /api/bulk-load", d(Needs.ADMIN, "/api/bulk-load?path=missing.json"));
		DECISIONS.put("GET /api/bulk-load/{id}", d(Needs.ADMIN, "/api/bulk-load/0"));
		DECISIONS.put("GET /api/bulk-load/{id}/events", d(Needs.ADMIN, "/api/bulk-load/0/events"));

		DECISIONS.put("GET /api/analytics/overlaps", d(Needs.VIEWER, "/api/analytics/overlaps?force=aford"));
		DECISIONS.put("GET /api/analytics/withdrawal", d(Needs.VIEWER, "/api/analytics/withdrawal?force=bford"));
		DECISIONS.put("GET /api/analytics/similar-forces", d(Needs.VIEWER, "/api/analytics/similar-forces?force=aford"));
		DECISIONS.put("GET /api/analytics/similar-collaborations",
				d(Needs.VIEWER, "/api/analytics/similar-collaborations?collaboration=mg"));
		DECISIONS.put("GET /api/analytics/contacts", d(Needs.VIEWER, "/api/analytics/contacts?force=bford&topic=withdrawal"));
		DECISIONS.put("GET /api/analytics/alliances", d(Needs.VIEWER, "/api/analytics/alliances"));
		DECISIONS.put("GET /api/analytics/network", d(Needs.VIEWER, "/api/analytics/network"));
		DECISIONS.put("GET /api/analytics/status", d(Needs.VIEWER, "/api/analytics/status"));
		DECISIONS.put("GET /api/analytics/withdrawal/business-case",
				d(Needs.VIEWER, "/api/analytics/withdrawal/business-case?force=bford&collaboration=mg"));
		DECISIONS.put("GET /api/analytics/collaboration-health",
				d(Needs.VIEWER, "/api/analytics/collaboration-health?collaboration=mg"));
		DECISIONS.put("GET /api/analytics/net-contribution", d(Needs.VIEWER, "/api/analytics/net-contribution?force=aford"));
		DECISIONS.put("POST /api/analytics/before-signing", d(Needs.VIEWER, "/api/analytics/before-signing",
				Map.of("members", List.of("aford", "bford"), "functions", List.of("dogs"))));
		DECISIONS.put("GET /api/graph", d(Needs.VIEWER, "/api/graph"));

		// an editor is answered (with the entries that concern its forces); nothing changes or deletes entries
		DECISIONS.put("GET /api/audit", d(Needs.EDITOR, "/api/audit?entity=collaboration:mg"));

		DECISIONS.put("GET /api/accounts", d(Needs.ADMIN, "/api/accounts"));
		DECISIONS.put("POST /api/accounts", d(Needs.ADMIN, "/api/accounts", Map.of("username", "rt-new",
				"roles", List.of("viewer"))));
		DECISIONS.put("GET /api/accounts/{username}", d(Needs.ADMIN, "/api/accounts/rt-target"));
		DECISIONS.put("PUT /api/accounts/{username}", d(Needs.ADMIN, "/api/accounts/rt-target",
				Map.of("roles", List.of("viewer"))));
		DECISIONS.put("PUT /api/accounts/{username}/password", d(Needs.ADMIN, "/api/accounts/rt-target/password",
				Map.of("password", "rt-target-password-2")));
		DECISIONS.put("DELETE /api/accounts/{username}", d(Needs.ADMIN, "/api/accounts/rt-target"));
	}

	/**
	 * Actuator's endpoints (not in the OpenAPI document): "GET path" as its index at {@code /actuator} links to
	 * them, and the probes' paths on the API's port. Health status for anyone; its details (components, whole
	 * or one by one) and the metrics for operators (OperationsEndpointsTests checks what each one sees).
	 */
	static final Map<String, Decision> ACTUATOR = new LinkedHashMap<>();

	static {
		ACTUATOR.put("GET /actuator", d(Needs.OPERATOR, "/actuator"));
		ACTUATOR.put("GET /actuator/health", d(Needs.ANYONE, "/actuator/health"));
		ACTUATOR.put("GET /actuator/health/{*path}", d(Needs.OPERATOR, "/actuator/health/neo4j"));
		ACTUATOR.put("GET /actuator/health/liveness", d(Needs.ANYONE, "/actuator/health/liveness"));
		ACTUATOR.put("GET /actuator/health/readiness", d(Needs.ANYONE, "/actuator/health/readiness"));
		ACTUATOR.put("GET /actuator/prometheus", d(Needs.OPERATOR, "/actuator/prometheus"));
		ACTUATOR.put("GET /livez", d(Needs.ANYONE, "/livez"));
		ACTUATOR.put("GET /readyz", d(Needs.ANYONE, "/readyz"));
		ACTUATOR.put("GET /healthz", d(Needs.ANYONE, "/healthz"));
	}

	private record Principal(String name, WebTestClient client, List<Needs> satisfies) {
	}

	@Test
	void everyOperationInTheApiDocumentHasADecision() {
		List<String> operations = operations();
		assertThat(operations).as("operations of /v3/api-docs without a decision in RoleEndpointTests.DECISIONS")
			.allMatch(DECISIONS::containsKey);
		assertThat(DECISIONS.keySet()).as("decisions for operations the API document no longer lists")
			.allMatch(operations::contains);
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyActuatorEndpointHasADecision() {
		Map<String, Object> index = web.get().uri("/actuator").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		List<String> linked = ((Map<String, Map<String, Object>>) index.get("_links")).values().stream()
			.map(link -> "GET " + java.net.URI.create(String.valueOf(link.get("href")).replace("{", "%7B").replace("}", "%7D"))
				.getPath())
			.distinct().toList();
		assertThat(linked).as("Actuator endpoints without a decision in RoleEndpointTests.ACTUATOR")
			.isNotEmpty().allMatch(ACTUATOR::containsKey);
	}

	@Test
	void everyOperationAnswersEveryPrincipalAsDecided() {
		List<Principal> principals = List.of(
				new Principal("anonymous", anonymous(), List.of(Needs.ANYONE)),
				new Principal("operator", as(Role.OPERATOR), List.of(Needs.ANYONE, Needs.SIGNED_IN, Needs.OPERATOR)),
				new Principal("viewer", as(Role.VIEWER), List.of(Needs.ANYONE, Needs.SIGNED_IN, Needs.VIEWER)),
				new Principal("contact-viewer", as(Role.CONTACT_VIEWER), List.of(Needs.ANYONE, Needs.SIGNED_IN, Needs.VIEWER)),
				new Principal("editor for aford", as(Role.EDITOR, "aford"),
						List.of(Needs.ANYONE, Needs.SIGNED_IN, Needs.VIEWER, Needs.EDITOR)),
				new Principal("admin", web, List.of(Needs.values())));
		List<String> wrong = new ArrayList<>();
		fresh(true);
		boolean dirty = false;
		Map<String, Decision> all = new LinkedHashMap<>(DECISIONS);
		all.putAll(ACTUATOR);
		for (var operation : all.entrySet()) {
			HttpMethod method = HttpMethod.valueOf(operation.getKey().split(" ")[0]);
			Decision decision = operation.getValue();
			for (Principal principal : principals) {
				if (dirty) {
					fresh(operation.getKey().contains("/api/accounts"));
				}
				int status = call(principal.client(), method, decision);
				dirty = method != HttpMethod.GET && status < 300;
				boolean allowed = principal.satisfies().contains(decision.needs());
				int refusal = principal.name().equals("anonymous") ? 401 : 403;
				if (allowed ? status == 401 || status == 403 : status != refusal) {
					wrong.add(operation.getKey() + " as " + principal.name() + ": " + status + ", expected "
							+ (allowed ? "an answer" : String.valueOf(refusal)));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void fresh(boolean accounts) {
		load(Fixtures.tinyRegister());
		if (!accounts) {
			return;
		}
		web.delete().uri("/api/accounts/rt-new").exchange();
		web.delete().uri("/api/accounts/rt-target").exchange();
		web.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "rt-target", "password", "rt-target-password-1", "roles", List.of("viewer")))
			.exchange().expectStatus().isCreated();
	}

	private static int call(WebTestClient client, HttpMethod method, Decision decision) {
		var request = client.method(method).uri(decision.uri());
		if (method == HttpMethod.PUT || method == HttpMethod.DELETE) {
			request = request.header("If-Match", "*"); // any version: who may write is the question here
		}
		var exchange = decision.body() == null ? request.exchange()
				: request.contentType(MediaType.APPLICATION_JSON).bodyValue(decision.body()).exchange();
		return exchange.returnResult(byte[].class).getStatus().value();
	}

	@SuppressWarnings("unchecked")
	private List<String> operations() {
		Map<String, Object> document = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		List<String> operations = new ArrayList<>();
		((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, methods) -> methods.keySet()
			.forEach(method -> operations.add(method.toUpperCase() + " " + path)));
		return List.copyOf(new TreeSet<>(operations));
	}
}
