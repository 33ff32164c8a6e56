package org.concordat.collaboration;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A collaboration's agreement terms, cost sharing, budgets and benefits through their own endpoints. */
class AgreementApiTests extends ApiTest {

	private static final Map<String, Object> TERMS = Map.of(
			"legalBasis", Map.of("value", "s23", "source", "https://example.org/agreement", "note", "'s23E agreement'"),
			"signed", Map.of("value", "2013-12", "source", "https://example.org/agreement"),
			"noticeMonths", Map.of("value", 12, "confidence", "derived", "note", "from notice served and the end date"),
			"exitDates", List.of(Map.of("date", "2016", "kind", "break", "confidence", "approximate")),
			"exitTerms", Map.of("value", "reasonable costs the withdrawing force is meeting"),
			"exitCost", Map.of("kind", "share-of-liabilities", "share", 0.25, "source", "https://example.org/agreement"),
			"noticesServed", List.of(Map.of("force", "bford", "date", "2018-10")),
			"staffing", List.of(Map.of("force", "aford", "share", 0.69, "date", "2020")));

	@Test
	void termsAreReadAndReplacedWithTheCollaborationsVersion() {
		load(Fixtures.tinyRegister());
		String before = etag("/api/collaborations/mg");
		web.get().uri("/api/collaborations/mg/terms").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", before)
			// the old top-level legal basis of the fixture is the terms' legal basis now
			.expectBody().jsonPath("$.legalBasis.value").isEqualTo("s22A");
		String after = web.put().uri("/api/collaborations/mg/terms").header("If-Match", before)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(TERMS).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.noticeMonths.value").isEqualTo(12)
			.jsonPath("$.noticeMonths.confidence").isEqualTo("derived")
			.jsonPath("$.exitCost.share").isEqualTo(0.25)
			.jsonPath("$.staffing[0].share").isEqualTo(0.69)
			.returnResult().getResponseHeaders().getETag();
		web.get().uri("/api/collaborations/mg").exchange()
			.expectHeader().valueEquals("ETag", after)
			.expectBody()
			.jsonPath("$.terms.legalBasis.value").isEqualTo("s23")
			.jsonPath("$.terms.noticesServed[0].force").isEqualTo("bford")
			.jsonPath("$.legalBasis").doesNotExist()
			.jsonPath("$.annualCost").doesNotExist()
			.jsonPath("$.budgets[0].amount").isEqualTo(1_200_000.0);
	}

	@Test
	void aChangeFromAStaleVersionIsRefused412AndOneWithoutAVersion428() {
		load(Fixtures.tinyRegister());
		String before = etag("/api/collaborations/mg");
		web.put().uri("/api/collaborations/mg/terms").contentType(MediaType.APPLICATION_JSON).bodyValue(TERMS)
			.exchange().expectStatus().isEqualTo(428);
		web.put().uri("/api/collaborations/mg/terms").header("If-Match", before)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(TERMS).exchange().expectStatus().isOk();
		web.put().uri("/api/collaborations/mg/budgets").header("If-Match", before)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(List.of(Map.of("year", "2019/20", "amount", 5)))
			.exchange().expectStatus().isEqualTo(412)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
		web.get().uri("/api/collaborations/mg/budgets").exchange()
			.expectBody().jsonPath("$[0].amount").isEqualTo(1_200_000.0);
	}

	@Test
	void badTermsAreRefusedNamingEveryFieldAndChangeNothing() {
		load(Fixtures.tinyRegister());
		String before = etag("/api/collaborations/mg");
		web.put().uri("/api/collaborations/mg/terms").header("If-Match", before)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("noticeMonths", Map.of("value", -1), "signed", Map.of("value", "2013-13"),
					"legalBasis", Map.of("value", "s99"),
					"noticesServed", List.of(Map.of("force", "dford", "date", "2018")),
					"exitCost", Map.of("kind", "fixed-settlement", "confidence", "sure")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'terms.noticeMonths.value')]").exists()
			.jsonPath("$.errors[?(@.field == 'terms.signed.value')]").exists()
			.jsonPath("$.errors[?(@.field == 'terms.legalBasis.value')]").exists()
			.jsonPath("$.errors[?(@.field == 'terms.noticesServed[0].force')].reason")
			.isEqualTo(List.of("'dford' is not a member of the collaboration"))
			.jsonPath("$.errors[?(@.field == 'terms.exitCost.amount')]").exists()
			.jsonPath("$.errors[?(@.field == 'terms.exitCost.confidence')]").exists();
		web.put().uri("/api/collaborations/mg/terms").header("If-Match", before)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("noticeMonths", Map.of("value", "12")))
			.exchange().expectStatus().isBadRequest();
		web.get().uri("/api/collaborations/mg").exchange().expectHeader().valueEquals("ETag", before);
	}

	@Test
	void aFormulaNamesItsWeightsAndOnlyMembersValues() {
		load(Fixtures.tinyRegister());
		var formula = Map.of("method", "formula", "weights", List.of(
				Map.of("name", "motorway length", "unit", "km",
						"values", List.of(Map.of("force", "aford", "value", 30, "source", "https://example.org/km"))),
				Map.of("name", "incidents")));
		web.put().uri("/api/collaborations/mg/cost-sharing").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(formula).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.weights[0].name").isEqualTo("incidents")
			.jsonPath("$.weights[1].values[0].value").isEqualTo(30.0);
		web.put().uri("/api/collaborations/mg/cost-sharing").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("method", "equal", "weights", List.of(Map.of("name", "x",
					"values", List.of(Map.of("force", "dford", "value", -1))))))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'costSharing.weights')]").exists()
			.jsonPath("$.errors[?(@.field == 'costSharing.weights[0].values[0].force')]").exists()
			.jsonPath("$.errors[?(@.field == 'costSharing.weights[0].values[0].value')]").exists();
	}

	@Test
	void theWithdrawalAnswerFollowsTheCostSharingRecordedSinceItWasLastAsked() {
		load(Fixtures.tinyRegister());
		String withdrawal = "/api/analytics/withdrawal?force=aford&collaboration=mg&at=2016-01-01";
		web.get().uri(withdrawal).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.costSharing.length()").isEqualTo(0);
		web.put().uri("/api/collaborations/mg/cost-sharing").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("method", "equal")).exchange()
			.expectStatus().isOk();
		for (int asked = 0; asked < 2; asked++) { // read from the register, then kept for this version
			web.get().uri(withdrawal).exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.costSharing[0].method").isEqualTo("equal")
				.jsonPath("$.costSharing[0].recomputed.shares.bford").isEqualTo(0.5);
		}
	}

	@Test
	void budgetsAreByFinancialYear() {
		load(Fixtures.tinyRegister());
		web.put().uri("/api/collaborations/mg/budgets").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(List.of(Map.of("year", "2020/21", "amount", 1_300_000, "source", "https://example.org/b"),
					Map.of("year", "2019/20", "amount", 1_250_000, "confidence", "approximate")))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$[*].year").isEqualTo(List.of("2019/20", "2020/21"));
		web.put().uri("/api/collaborations/mg/budgets").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(List.of(Map.of("year", "2019/21", "amount", 1), Map.of("year", "2020/21"),
					Map.of("year", "2020/21", "amount", -5)))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'budgets[0].year')]").exists()
			.jsonPath("$.errors[?(@.field == 'budgets[1].amount')]").exists()
			.jsonPath("$.errors[?(@.field == 'budgets[2].year')]").exists()
			.jsonPath("$.errors[?(@.field == 'budgets[2].amount')]").exists();
	}

	@Test
	void aBenefitIsAddedTrackedAndRemovedAndItsProgressIsOneCall() {
		load(Fixtures.tinyRegister());
		var benefit = Map.of("id", "control-room", "title", "Fewer control-room calls", "kind", "non-cashable",
				"measure", "calls handled by the forces' own control rooms", "unit", "calls a year",
				"owner", "Head of roads policing",
				"planned", List.of(Map.of("period", "2019/20", "value", 1000), Map.of("period", "2020/21", "value", 2000)),
				"realised", List.of(Map.of("period", "2019/20", "value", 800, "evidence", "annual report",
						"source", "https://example.org/annual-report")),
				"attributedTo", List.of(Map.of("force", "aford", "share", 0.5), Map.of("force", "bford", "share", 0.5)),
				"status", "in-progress");
		web.post().uri("/api/collaborations/mg/benefits").contentType(MediaType.APPLICATION_JSON).bodyValue(benefit)
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals("Location", "/api/collaborations/mg/benefits/control-room");
		web.post().uri("/api/collaborations/mg/benefits").contentType(MediaType.APPLICATION_JSON).bodyValue(benefit)
			.exchange().expectStatus().isEqualTo(409);
		web.get().uri("/api/collaborations/mg/benefits/control-room/progress").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.unit").isEqualTo("calls a year")
			.jsonPath("$.periods[*].period").isEqualTo(List.of("2019/20", "2020/21"))
			.jsonPath("$.periods[0].planned").isEqualTo(1000.0)
			.jsonPath("$.periods[0].realised").isEqualTo(800.0)
			.jsonPath("$.periods[0].realisedOfPlanned").isEqualTo(0.8)
			.jsonPath("$.periods[0].evidence").isEqualTo("annual report")
			.jsonPath("$.periods[1].realised").doesNotExist();
		var realisedMore = new java.util.HashMap<String, Object>(benefit);
		realisedMore.put("realised", List.of(Map.of("period", "2019/20", "value", 800), Map.of("period", "2020/21", "value", 2100)));
		web.put().uri("/api/collaborations/mg/benefits/control-room").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(realisedMore).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.realised[1].value").isEqualTo(2100.0);
		web.get().uri("/api/collaborations/mg/benefits/nothing/progress").exchange().expectStatus().isNotFound();
		web.delete().uri("/api/collaborations/mg/benefits/control-room").header("If-Match", etag("/api/collaborations/mg"))
			.exchange().expectStatus().isNoContent();
		web.get().uri("/api/collaborations/mg/benefits").exchange().expectBody()
			.jsonPath("$[*].id").isEqualTo(List.of("mg-calls")); // the fixture's own stays
	}

	@Test
	void aBadBenefitIsRefusedNamingTheFields() {
		// mg has one benefit (the fixture's): the one added is benefits[1] of the collaboration
		load(Fixtures.tinyRegister());
		web.post().uri("/api/collaborations/mg/benefits").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "Not A Slug", "kind", "priceless",
					"planned", List.of(Map.of("value", 1), Map.of("period", "2019/21", "value", 2)),
					"attributedTo", List.of(Map.of("force", "aford", "share", 0.7), Map.of("force", "zford", "share", 0.7))))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'benefits[1].id')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].title')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].kind')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].planned[0].period')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].planned[1].period')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].attributedTo[1].force')]").exists()
			.jsonPath("$.errors[?(@.field == 'benefits[1].attributedTo')]").exists();
	}

	@Test
	void onlyEditorsOfTheHostOrLeadChangeTheAgreement() {
		load(Fixtures.tinyRegister());
		// bford is a member of mg, aford its host
		as(Role.EDITOR, "bford").put().uri("/api/collaborations/mg/terms").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(TERMS).exchange()
			.expectStatus().isForbidden();
		as(Role.EDITOR, "bford").post().uri("/api/collaborations/mg/benefits").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "b", "title", "B", "kind", "qualitative")).exchange()
			.expectStatus().isForbidden();
		as(Role.VIEWER).get().uri("/api/collaborations/mg/terms").exchange().expectStatus().isOk();
		as(Role.EDITOR, "aford").put().uri("/api/collaborations/mg/terms").header("If-Match", etag("/api/collaborations/mg"))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(TERMS).exchange()
			.expectStatus().isOk();
	}

	@Test
	void aMembershipMaySayItsForceLeftOnADateNotKnown() {
		load(Fixtures.tinyRegister());
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2015", "left", "2016", "leftDateUnknown", true)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[?(@.field == 'members[3].leftDateUnknown')]").exists();
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2015", "leftDateUnknown", true)).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.members[?(@.force == 'dford')].leftDateUnknown").isEqualTo(List.of(true));
		// it has left already: there is no current membership to withdraw
		web.post().uri("/api/collaborations/mg/members/dford/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("left", "2019")).exchange()
			.expectStatus().isNotFound();
	}
}
