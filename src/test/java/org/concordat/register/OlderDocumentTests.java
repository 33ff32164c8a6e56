package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Documents written before agreement terms and budgets (legalBasis and annualCost at the top level) still
 * import; the export gives them in their new places, and imports again unchanged.
 */
class OlderDocumentTests extends ApiTest {

	private static Map<String, Object> olderShape(Map<String, Object> more) {
		var collaboration = new java.util.HashMap<String, Object>(Map.of("id", "c", "name", "C", "kind", "unit",
				"scope", "bilateral", "status", "active", "started", "2010", "legalBasis", "s22A",
				"annualCost", 2_500_000, "members", List.of(Map.of("force", "aford", "role", "host"))));
		collaboration.putAll(more);
		return Map.of("forces", List.of(Map.of("id", "aford", "name", "A", "region", "North")),
				"collaborations", List.of(collaboration));
	}

	@Test
	void aDocumentWithLegalBasisAndAnnualCostAtTheTopLevelImportsIntoTermsAndAnUndatedBudget() {
		emptyRegister();
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(olderShape(Map.of()))
			.exchange().expectStatus().isOk();
		byte[] first = web.get().uri("/api/export").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.collaborations[0].terms.legalBasis.value").isEqualTo("s22A")
			.jsonPath("$.collaborations[0].budgets[0].amount").isEqualTo(2_500_000.0)
			.jsonPath("$.collaborations[0].budgets[0].year").doesNotExist()
			.jsonPath("$.collaborations[0].budgets[0].note").isEqualTo("recorded as annualCost, the year not stated")
			.jsonPath("$.collaborations[0].legalBasis").doesNotExist()
			.jsonPath("$.collaborations[0].annualCost").doesNotExist()
			.returnResult().getResponseBodyContent();
		emptyRegister();
		web.post().uri("/api/import?mode=replace").contentType(MediaType.APPLICATION_JSON).bodyValue(first)
			.exchange().expectStatus().isOk();
		byte[] second = web.get().uri("/api/export").exchange().expectBody().returnResult().getResponseBodyContent();
		assertThat(new String(second).replaceAll("\"version\":\\d+", ""))
			.isEqualTo(new String(first).replaceAll("\"version\":\\d+", ""));
	}

	@Test
	void anOldFieldGivenBesideItsNewPlaceMustAgreeWithIt() {
		emptyRegister();
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(olderShape(Map.of("terms", Map.of("legalBasis", Map.of("value", "s23")),
					"budgets", List.of(Map.of("year", "2019/20", "amount", 1)))))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'collaborations[0].legalBasis')]").exists()
			.jsonPath("$.errors[?(@.field == 'collaborations[0].annualCost')]").exists();
		web.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(olderShape(Map.of("legalBasis", "s99", "annualCost", -1)))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'collaborations[0].terms.legalBasis.value')]").exists()
			.jsonPath("$.errors[?(@.field == 'collaborations[0].annualCost')]").exists();
		assertThat(count("MATCH (c:Collaboration) RETURN count(c)")).isZero();
	}

	@Test
	void aRegisterWrittenBeforeTheMigrationIsReadInTheNewShape() {
		load(Fixtures.tinyRegister());
		// what a database written by an older version holds: the old properties, none of the new
		cypher.run("""
				MATCH (c:Collaboration {id: 'mg'}) SET c.legalBasis = 's23', c.annualCost = 900000.0
				REMOVE c.terms, c.budgets""", Map.of()).block();
		String migration;
		try (var in = new org.springframework.core.io.ClassPathResource(
				"cypher/migrations/V007__Agreement_terms_and_budgets.cypher").getInputStream()) {
			migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		for (String statement : migration.replaceAll("(?m)^//.*$", "").split(";")) {
			if (!statement.isBlank()) {
				cypher.run(statement, Map.of()).block();
			}
		}
		web.get().uri("/api/collaborations/mg").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.terms.legalBasis.value").isEqualTo("s23")
			.jsonPath("$.budgets[0].amount").isEqualTo(900_000.0)
			.jsonPath("$.budgets[0].note").isEqualTo("recorded as annualCost, the year not stated");
		assertThat(count("MATCH (c:Collaboration) WHERE c.legalBasis IS NOT NULL RETURN count(c)")).isZero();
	}
}
