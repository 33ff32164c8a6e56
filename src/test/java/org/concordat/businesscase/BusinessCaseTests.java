package org.concordat.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The business case for a withdrawal: exact £ on a collaboration whose terms, formula and budgets are all
 * recorded, and backtests on the demo register where they are not (unknowns said to be unknown, nothing filled in).
 */
class BusinessCaseTests extends DemoRegisterTest {

	private static final String SOURCE = "https://example.org/agreement";

	private void recordAFullyCostedCollaboration() {
		recordAFullyCostedCollaboration(null);
	}

	/** @param stranded the terms' stranded costs, or null for none recorded */
	private void recordAFullyCostedCollaboration(Map<String, Object> stranded) {
		Map<String, Object> terms = new java.util.HashMap<>(Map.of("noticeMonths", Map.of("value", 12, "source", SOURCE),
				"exitCost", Map.of("kind", "fixed-settlement", "amount", 500_000, "source", SOURCE)));
		if (stranded != null) {
			terms.put("strandedCosts", stranded);
		}
		web.delete().uri("/api/collaborations/bc-test").header("If-Match", "*").exchange();
		Map<String, Object> body = Map.of("id", "bc-test", "name", "Business Case Test Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2015-01-01",
				"members", List.of(Map.of("force", "kent", "role", "host", "joined", "2015-01-01"),
						Map.of("force", "essex", "role", "member", "joined", "2015-01-01"),
						Map.of("force", "sussex", "role", "member", "joined", "2015-01-01")),
				"terms", terms,
				"costSharing", Map.of("method", "formula", "source", SOURCE, "weights", List.of(Map.of("name", "population",
						"values", List.of(Map.of("force", "kent", "value", 2), Map.of("force", "essex", "value", 1),
								Map.of("force", "sussex", "value", 1))))),
				"budgets", List.of(Map.of("year", "2019/20", "amount", 1_000_000, "source", SOURCE),
						Map.of("year", "2020/21", "amount", 1_200_000, "source", SOURCE)));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	@Test
	void withEverythingRecordedTheBillAndTheOthersExtraArePutInPoundsFromTheirSources() {
		recordAFullyCostedCollaboration();
		web.get().uri("/api/analytics/withdrawal/business-case?force=essex&collaboration=bc-test&at=2019-06-30&notice=2019-10-01")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.timing.earliestExit").isEqualTo("2020-10-01")
			.jsonPath("$.leavingShare").isEqualTo(0.25)
			// 0.25 × £1m × 183/366 days of 2019/20, then 0.25 × £1.2m × 183/365 days of 2020/21
			.jsonPath("$.bill[0].amount").isEqualTo(275_410.96)
			.jsonPath("$.bill[1].amount").isEqualTo(500_000.0)
			.jsonPath("$.bill[1].source").isEqualTo(SOURCE)
			.jsonPath("$.bill[2].amount").doesNotExist()
			.jsonPath("$.billKnown").isEqualTo(775_410.96)
			// the formula among Kent (2) and Sussex (1) after; the 2020/21 budget
			.jsonPath("$.remaining[?(@.force == 'kent')].extraPerYear").isEqualTo(List.of(200_000.0))
			.jsonPath("$.remaining[?(@.force == 'sussex')].extraPerYear").isEqualTo(List.of(100_000.0))
			.jsonPath("$.assumptions").isEmpty()
			.jsonPath("$.unknowns").isEqualTo(List.of("stranded costs: none recorded"))
			.jsonPath("$.summary").value(summary -> assertThat((String) summary).startsWith(
					"As of 30 June 2019, if Essex Police served notice to leave Business Case Test Unit on 1 October 2019, "
							+ "it could leave on 1 October 2020 at the earliest (a 12-month notice period, source "
							+ SOURCE + "); the known part of its bill is £775.4k (contributions through the notice period "
							+ "£275.4k, source " + SOURCE + " and exit cost (fixed-settlement) £500k, source " + SOURCE
							+ "); its share is 25% under the recorded formula of population (weight not recorded)."));
	}

	@Test
	void recordedStrandedCostsJoinTheBillWithTheirSource() {
		recordAFullyCostedCollaboration(Map.of("value", 120_000, "source", SOURCE, "confidence", "approximate"));
		web.get().uri("/api/analytics/withdrawal/business-case?force=essex&collaboration=bc-test&at=2019-06-30&notice=2019-10-01")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.bill[2].item").isEqualTo("stranded costs")
			.jsonPath("$.bill[2].amount").isEqualTo(120_000.0)
			.jsonPath("$.bill[2].source").isEqualTo(SOURCE)
			.jsonPath("$.bill[2].confidence").isEqualTo("approximate")
			// £275,410.96 through the notice period + the £500k settlement + £120k stranded
			.jsonPath("$.billKnown").isEqualTo(895_410.96)
			.jsonPath("$.unknowns").isEmpty()
			.jsonPath("$.summary").value(summary -> assertThat((String) summary).contains(
					"the known part of its bill is £895.4k (contributions through the notice period £275.4k, source "
							+ SOURCE + ", exit cost (fixed-settlement) £500k, source " + SOURCE
							+ " and stranded costs £120k, source " + SOURCE + ")"));
	}

	@Test
	void strandedCostsStatedWithoutAnAmountAreListedAsUnknown() {
		recordAFullyCostedCollaboration(Map.of("source", SOURCE, "note", "'the remaining forces bear the fixed costs'"));
		web.get().uri("/api/analytics/withdrawal/business-case?force=essex&collaboration=bc-test&at=2019-06-30&notice=2019-10-01")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.bill[2].amount").doesNotExist()
			.jsonPath("$.bill[2].basis")
			.isEqualTo("stated, their amount not recorded: 'the remaining forces bear the fixed costs'")
			.jsonPath("$.bill[2].source").isEqualTo(SOURCE)
			.jsonPath("$.billKnown").isEqualTo(775_410.96)
			.jsonPath("$.unknowns").isEqualTo(List.of("stranded costs: recorded as stated, their amount not recorded"));
	}

	@Test
	void westMerciaBeforeServingNoticeOnItsAllianceLearnsTheNoticePeriodAndThatTheBillIsUnknown() {
		web.get().uri("/api/analytics/withdrawal/business-case?force=west-mercia&collaboration=west-mercia-warwickshire"
				+ "&at=2018-06-29&notice=2018-10-01")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.timing.noticePeriod.value").isEqualTo(12)
			.jsonPath("$.timing.earliestExit").isEqualTo("2019-10-01")
			.jsonPath("$.viable").isEqualTo(false)
			.jsonPath("$.bill[?(@.amount != null)]").isEmpty()
			.jsonPath("$.billKnown").doesNotExist()
			.jsonPath("$.leavingShare").isEqualTo(0.5)
			.jsonPath("$.assumptions[0]").isEqualTo("equal cost shares (50% each): no cost sharing or share is recorded "
					+ "for West Mercia and Warwickshire Strategic Alliance")
			.jsonPath("$.summary").value(summary -> assertThat((String) summary).startsWith(
					"As of 29 June 2018, if West Mercia Police served notice to leave West Mercia and Warwickshire "
							+ "Strategic Alliance on 1 October 2018, it could leave on 1 October 2019 at the earliest (a "
							+ "12-month notice period, derived, source https://policeprofessional.com/?p=128318); no part of "
							+ "its bill can be put in £ from what is recorded; its share is assumed equal (50%) because "
							+ "nothing is recorded."));
	}

	@Test
	void lancashireBeforeLeavingTheMotorwayGroupIsToldTheFormulaLacksItsNumbers() {
		web.get().uri("/api/analytics/withdrawal/business-case?force=lancashire&collaboration=nwmpg&at=2017-06-29")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.leavingShare").doesNotExist()
			.jsonPath("$.assumptions").isEmpty()
			.jsonPath("$.remaining[?(@.extraPerYear != null)]").isEmpty()
			.jsonPath("$.remaining.length()").isEqualTo(3)
			.jsonPath("$.summary").value(summary -> assertThat((String) summary).startsWith(
					"As of 29 June 2017, if Lancashire Constabulary served notice to leave North West Motorway Police "
							+ "Group (NWMPG) on 29 June 2017, no exit date can be worked out because no notice period is "
							+ "recorded; no part of its bill can be put in £ from what is recorded; its share of the costs is "
							+ "unknown (the recorded formula of demography (weight not recorded), length of motorway (weight "
							+ "not recorded), number of incidents (weight not recorded), which lacks numbers)."));
	}

	@Test
	void thePrintablePageIsHtmlWithTheSummaryFirst() {
		String page = web.get().uri("/api/analytics/withdrawal/business-case?force=west-mercia"
				+ "&collaboration=west-mercia-warwickshire&at=2018-06-29&notice=2018-10-01&format=html")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("<h1>Business case: West Mercia Police leaving West Mercia and Warwickshire Strategic Alliance</h1>")
			.contains("<p class=\"summary\">As of 29 June 2018, if West Mercia Police served notice")
			.contains("<th scope=\"row\">Earliest exit</th><td>1 October 2019</td>")
			.doesNotContain("<script");
	}

	@Test
	void thePrintablePageNamesTheForcesCollaborationsAndFunctionsLostNotTheirIds() {
		String page = web.get().uri("/api/analytics/withdrawal/business-case?force=norfolk"
				+ "&collaboration=norfolk-suffolk&at=2020-01-01&format=html")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		String lost = page.substring(page.indexOf("<h2>Functions lost</h2>"), page.indexOf("<h2>Collaborations put at risk</h2>"));
		assertThat(lost).contains("<td>Suffolk Constabulary</td><td>Norfolk and Suffolk collaboration</td><td>Custody, Estates, "
				+ "Fleet and transport, ").doesNotContain("norfolk-suffolk").doesNotContain("custody").doesNotContain(">suffolk<");
		assertThat(page).contains("<td>Seven Force Strategic Alliance (7F)</td><td>Norfolk and Suffolk collaboration</td>"
				+ "<td>Seven Force Strategic Alliance (7F) builds on Norfolk and Suffolk collaboration, which would no longer be viable</td>");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		web.get().uri("/api/analytics/withdrawal/business-case?force=west-mercia").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("collaboration");
		web.get().uri("/api/analytics/withdrawal/business-case?force=west-mercia&collaboration=west-mercia-warwickshire"
				+ "&at=2018-06-29&notice=2018-13-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("notice");
		web.get().uri("/api/analytics/withdrawal/business-case?force=west-mercia&collaboration=west-mercia-warwickshire"
				+ "&at=2018-06-29&notice=2018-01-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("notice");
		web.get().uri("/api/analytics/withdrawal/business-case?force=nobody&collaboration=nwmpg").exchange()
			.expectStatus().isNotFound();
	}
}
