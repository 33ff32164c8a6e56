package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The withdrawal answer's summary on the demo register, sentence for sentence, the day before the events. */
class WithdrawalSummaryTests extends DemoRegisterTest {

	@SuppressWarnings("unchecked")
	private String summary(String query) {
		Map<String, Object> answer = web.get().uri("/api/analytics/withdrawal?" + query).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		return (String) answer.get("summary");
	}

	private static final String SOURCE = "https://example.org/terms";

	/**
	 * A collaboration of Kent (host) and the forces given (members), all since 2015, with each one's recorded share
	 * (null: none), the cost sharing given (null: none) and a 2020/21 budget of £1.2m.
	 */
	private void record(String id, Map<String, Double> shares, Map<String, Object> costSharing) {
		web.delete().uri("/api/collaborations/" + id).header("If-Match", "*").exchange();
		List<Map<String, Object>> members = shares.entrySet().stream().map(e -> {
			Map<String, Object> m = new HashMap<>(Map.of("force", e.getKey(), "role",
					e.getKey().equals("kent") ? "host" : "member", "joined", "2015-01-01"));
			if (e.getValue() != null) {
				m.put("costShare", e.getValue());
			}
			return m;
		}).toList();
		Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", "Words Test Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2015-01-01", "members", members,
				"budgets", List.of(Map.of("year", "2020/21", "amount", 1_200_000, "source", SOURCE))));
		if (costSharing != null) {
			body.put("costSharing", costSharing);
		}
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	private static Map<String, Double> shares(Double kent, Double essex, Double sussex) {
		Map<String, Double> shares = new java.util.LinkedHashMap<>();
		shares.put("kent", kent);
		shares.put("essex", essex);
		shares.put("sussex", sussex);
		return shares;
	}

	@Test
	void anAgreementThatSharesCostsEquallyGivesEachStayerTheEqualSplitNotTheFirstRecordedShareRescaled() {
		// Kent's recorded 50% would rescale to 66.7%; the agreement's terms say a third each, then a half each
		record("words-equal", shares(0.5, 0.25, 0.25), Map.of("method", "equal", "source", SOURCE));
		assertThat(summary("force=essex&collaboration=words-equal&at=2020-06-30"))
			.contains("; its agreement shares costs equally, so each remaining member's share goes 33.3% to 50% each; ")
			// and the £ are the agreement's: 2 × (1/2 − 1/3) of £1.2m, not the rescaled recorded shares' £300k
			.contains(": the remaining members would pay £400k more a year between them.")
			.doesNotContain("66.7%");
	}

	@Test
	void aFormulaWhoseNumbersAreMissingIsIllustratedByTheEqualSplitNotByARecordedShare() {
		record("words-formula", shares(0.5, 0.25, 0.25), Map.of("method", "formula", "source", SOURCE, "weights",
				List.of(Map.of("name", "population", "values", List.of(Map.of("force", "kent", "value", 2))))));
		assertThat(summary("force=essex&collaboration=words-formula&at=2020-06-30"))
			.contains("so no new shares are given; an equal split (33.3% to 50% each) is shown only as an illustration; ")
			.contains(": the remaining members would pay £400k more a year between them under the illustrative equal split.")
			.doesNotContain("66.7%");
	}

	@Test
	void whenEveryShareIsRecordedAndTheLeaverPaysAllTheSummarySaysSoRatherThanOnlySomeAreRecorded() {
		record("words-all-paid", shares(0.0, 1.0, 0.0), null);
		assertThat(summary("force=essex&collaboration=words-all-paid&at=2020-06-30"))
			.contains("; every member's cost share is recorded but Essex Police pays all of the costs, so the recorded "
					+ "shares cannot be rescaled among those who remain and shares are assumed equal (33.3% to 50% each); ")
			.doesNotContain("only some members");
		// a share missing for a stayer is still what the words say
		record("words-some", shares(0.5, 0.5, null), null);
		assertThat(summary("force=essex&collaboration=words-some&at=2020-06-30")).contains(
				"; cost shares are recorded for only some members, so shares are assumed equal (33.3% to 50% each); ");
		// nobody remains to share anything, whatever was recorded
		record("words-alone", Map.of("essex", 1.0), null);
		assertThat(summary("force=essex&collaboration=words-alone&at=2020-06-30"))
			.contains("; no member would remain to share its costs; ").doesNotContain("assumed equal");
	}

	@Test
	void aShareRecordedOnlyForAFormerMemberIsNotCalledRecordedForSomeMembers() {
		web.delete().uri("/api/collaborations/words-former").header("If-Match", "*").exchange();
		List<Map<String, Object>> members = new java.util.ArrayList<>(List.of(
				Map.of("force", "surrey", "role", "member", "joined", "2015-01-01", "left", "2018-01-01", "costShare", 1.0)));
		for (String force : List.of("kent", "essex", "sussex")) {
			members.add(Map.of("force", force, "role", force.equals("kent") ? "host" : "member", "joined", "2015-01-01"));
		}
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "words-former", "name", "Words Test Unit", "kind", "shared service", "scope",
					"regional", "status", "active", "started", "2015-01-01", "members", members))
			.exchange().expectStatus().isCreated();
		// Surrey's share ended with its membership in 2018: none of the members of 2020 has one
		assertThat(summary("force=essex&collaboration=words-former&at=2020-06-30"))
			.contains("; no cost sharing is recorded, so shares are assumed equal (33.3% to 50% each)")
			.doesNotContain("only some members");
	}

	@Test
	void withOneMemberLeftTheExtraPoundsAreThatMembersNotSplitBetweenThem() {
		record("words-pair", Map.of("kent", 0.5, "essex", 0.5), null);
		assertThat(summary("force=essex&collaboration=words-pair&at=2020-06-30"))
			.contains(": the remaining member would pay £600k more a year.")
			.doesNotContain("between them");
	}

	@Test
	void lancashireLeavingTheMotorwayGroupNamesTheFormulaAndWhatItLacksAndAssumesNothing() {
		assertThat(summary("force=lancashire&collaboration=nwmpg&at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, if Lancashire Constabulary left North West Motorway Police Group (NWMPG), it would "
						+ "stay viable with 3 members (Cheshire Constabulary, Greater Manchester Police and Merseyside Police); "
						+ "its costs are split by a formula (demography, length of motorway and number of incidents) but 12 of "
						+ "the numbers it needs are not recorded (listed in costSharing), so no new shares are given; an equal "
						+ "split (25% to 33.3% each) is shown only as an illustration; no £ figure is given, because no budget "
						+ "is recorded for it. No notice period is recorded for it. Most exposed: Cheshire Constabulary medium "
						+ "(0.16), Greater Manchester Police medium (0.16) and Merseyside Police medium (0.16) "
						+ "(dependency risk bands: high from 0.5, medium from 0.08). No earlier withdrawal or ending like it "
						+ "is recorded by then.");
		web.get().uri("/api/analytics/withdrawal?force=lancashire&collaboration=nwmpg&at=2017-06-29").exchange()
			.expectBody()
			.jsonPath("$.costSharing[0].method").isEqualTo("formula")
			.jsonPath("$.costSharing[0].recomputed.shares").doesNotExist()
			.jsonPath("$.costSharing[0].recomputed.missing.length()").isEqualTo(12)
			.jsonPath("$.costSharing[0].recomputed.illustrationLabel")
			.isEqualTo("illustration only: an equal split, which no recorded term supports")
			// the analytics' own fields are still there, beside the summary
			.jsonPath("$.collaborations[0].membersAfter").isNotEmpty();
	}

	@Test
	void westMerciaLeavingItsAllianceSaysSharesAreAssumedEqualBecauseNothingIsRecorded() {
		assertThat(summary("force=west-mercia&collaboration=west-mercia-warwickshire&at=2018-06-29")).isEqualTo(
				"As of 29 June 2018, if West Mercia Police left West Mercia and Warwickshire Strategic Alliance, it would "
						+ "not stay viable: only Warwickshire Police would remain; no cost sharing is recorded, so shares are "
						+ "assumed equal (50% to 100% each); no £ figure is given, because no budget is recorded for it. Its "
						+ "agreement's notice period is 12 months (derived; https://policeprofessional.com/?p=128318). Most "
						+ "exposed: Warwickshire Police high (0.5) (dependency risk bands: high from 0.5, medium from 0.08). "
						+ "No earlier withdrawal or ending like it is recorded by then.");
	}

	@Test
	void aBudgetWhoseYearIsNotStatedIsNamedButGivesNoPoundsForTheYearAsked() {
		assertThat(summary("force=kent&collaboration=seven-force&at=2020-06-29")).startsWith(
				"As of 29 June 2020, if Kent Police left Seven Force Strategic Alliance (7F), it would stay viable with 6 "
						+ "members (Bedfordshire Police, Cambridgeshire Constabulary, Essex Police, Hertfordshire Constabulary, "
						+ "Norfolk Constabulary and Suffolk Constabulary); no cost sharing is recorded, so shares are assumed "
						+ "equal (14.3% to 16.7% each); no £ figure is given, because no budget is recorded for 2020/21, the "
						+ "financial year asked about (recorded: a budget whose year is not stated, £1.3m "
						+ "(https://www.justiceinspectorates.gov.uk/hmicfrs/publications/the-hard-yards-police-to-police-collaboration/, "
						+ "approximate); a budget counts only for its own year).")
			.contains("the latest: West Mercia and Warwickshire Strategic Alliance ended (2020-04-01, £10.77m recorded as "
					+ "withdrawal cost (https://www.stratford-herald.com/107785-west-mercia-pays-divorce-bill-ahead-split-warwickshire-police.html)).")
			.endsWith("1 event is recorded only to a year or a month, or with no date, and may already have happened; the answer counts it "
					+ "as not yet: Northamptonshire Police left East Midlands Operational Support Service (EMOpSS) "
					+ "(recorded as 2020).");
	}

	@Test
	void theFunctionsLostAreNamedAsTheRegisterNamesThemAndTheRiskIsItsBandWithTheScoreToTwoPlaces() {
		String summary = summary("force=norfolk&collaboration=norfolk-suffolk&at=2018-06-29");
		assertThat(summary).contains("Suffolk Constabulary would lose Custody, Estates, Fleet and transport, Human resources, Information "
				+ "management, Major crime investigation, Integrated offender management and Professional standards "
				+ "(Norfolk and Suffolk collaboration), which nothing else of theirs covers.")
			.doesNotContainPattern("\\bhr\\b");
		// the risk's band and its score cut to two places; the answer's risk list keeps the whole score
		assertThat(summary).containsPattern("Most exposed: Suffolk Constabulary (high|medium|low) \\((0\\.\\d{1,2}|1|under 0\\.01)\\)")
			.doesNotContainPattern("\\(\\d\\.\\d{3,}\\)");
	}

	@Test
	@SuppressWarnings("unchecked")
	void moreThanThreeForcesLosingAFunctionAreCountedWithThreeNamedAndTheAnswerListsThemAll() {
		// Kent hosts a unit whose five members have marine policing nowhere else: Kent leaving dissolves it
		List<Map<String, Object>> members = new java.util.ArrayList<>(List.of(Map.of("force", "kent", "role", "host", "joined", "2015-01-01")));
		for (String f : List.of("dorset", "hampshire", "surrey", "sussex", "thames-valley")) {
			members.add(Map.of("force", f, "role", "member", "joined", "2015-01-01"));
		}
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "words-marine",
				"name", "Words Marine Unit", "kind", "shared service", "scope", "regional", "status", "active", "started",
				"2015-01-01", "functions", List.of("marine-policing"), "members", members)).exchange().expectStatus().isCreated();
		Map<String, Object> answer = web.get().uri("/api/analytics/withdrawal?force=kent&collaboration=words-marine&at=2018-06-29")
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat((List<Map<String, Object>>) answer.get("functionsLost")).extracting(l -> l.get("force"))
			.containsExactly("dorset", "hampshire", "surrey", "sussex", "thames-valley");
		assertThat((String) answer.get("summary")).contains("5 forces, among them Dorset Police, Hampshire and Isle of Wight "
				+ "Constabulary and Surrey Police, would lose Marine policing (Words Marine Unit), which nothing else of theirs "
				+ "covers (5 forces in all, each listed in functionsLost).")
			.doesNotContain("Sussex Police would lose");
	}

	@Test
	void aScoreIsCutToTwoPlacesSoThatItNeverReadsAsABandItDoesNotReach() {
		assertThat(WithdrawalSummary.score(0.333038)).isEqualTo("0.33");
		assertThat(WithdrawalSummary.score(0.166666)).isEqualTo("0.16");
		assertThat(WithdrawalSummary.score(0.4999)).isEqualTo("0.49");
		assertThat(WithdrawalSummary.score(0.5)).isEqualTo("0.5");
		assertThat(WithdrawalSummary.score(0.29)).isEqualTo("0.29");
		assertThat(WithdrawalSummary.score(0.08)).isEqualTo("0.08");
		assertThat(WithdrawalSummary.score(1.0)).isEqualTo("1");
		assertThat(WithdrawalSummary.score(0.004)).isEqualTo("under 0.01");
		assertThat(WithdrawalSummary.score(0.0)).isEqualTo("0");
	}

	@Test
	void recordedSharesAreRescaledNotAssumed() {
		assertThat(summary("force=derbyshire&collaboration=emsou&at=2018-06-29")).contains(
				"; the members' recorded cost shares are rescaled among those who remain (Leicestershire Police 23.1% to "
						+ "29.6%, Lincolnshire Police 12.6% to 16.2% and Northamptonshire Police 14.7% to 18.8%, …); ")
			.doesNotContain("assumed");
	}

	@Test
	void leavingEverythingCountsWhatIsAssumedAndWhereThePoundsComeFrom() {
		assertThat(summary("force=west-mercia&at=2018-06-29")).startsWith(
				"As of 29 June 2018, if West Mercia Police left all 3 of its collaborations, 2 would stay viable and 1 would "
						+ "not (West Mercia and Warwickshire Strategic Alliance); shares are assumed equal in 3, where no "
						+ "cost sharing that can be rescaled is recorded; no £ figure is given, because none of them records a budget for 2018/19.");
	}

	@Test
	void aForceThatIsNotAMemberIsToldSo() {
		assertThat(summary("force=kent&collaboration=nwmpg&at=2018-04-30")).isEqualTo(
				"As of 30 April 2018, Kent Police is not an active member of what was asked, so its leaving changes "
						+ "nothing: nothing is assumed and no £ is involved.");
	}
}
