package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The withdrawal answer's £ come from the budget of the financial year (1 April to 31 March) holding the date
 * asked, not from the latest budget recorded: exact values on a three-force collaboration with two years' budgets.
 */
class WithdrawalPoundsTests extends DemoRegisterTest {

	private static final String SOURCE = "https://example.org/budget";

	/** Kent (host), Essex and Sussex since 2015; £1m in 2019/20 and £1.2m in 2020/21; shares as given. */
	private void record(String id, Double kent, Double essex, Double sussex) {
		web.delete().uri("/api/collaborations/" + id).header("If-Match", "*").exchange();
		Map<String, Object> body = Map.of("id", id, "name", "Money Test Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2015-01-01",
				"members", List.of(member("kent", "host", kent), member("essex", "member", essex),
						member("sussex", "member", sussex)),
				"budgets", List.of(Map.of("year", "2019/20", "amount", 1_000_000, "source", SOURCE),
						Map.of("year", "2020/21", "amount", 1_200_000, "source", SOURCE, "confidence", "approximate")));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	private static Map<String, Object> member(String force, String role, Double share) {
		return share == null ? Map.of("force", force, "role", role, "joined", "2015-01-01")
				: Map.of("force", force, "role", role, "joined", "2015-01-01", "costShare", share);
	}

	private WebTestClient.BodyContentSpec essexLeaving(String id, String at) {
		return web.get().uri("/api/analytics/withdrawal?force=essex&collaboration=" + id + "&at=" + at).exchange()
			.expectStatus().isOk().expectBody();
	}

	@Test
	void eachDateIsPricedWithItsOwnFinancialYearsBudget() {
		record("money-equal", null, null, null);
		// 31 March 2020 is the last day of 2019/20: £1m × (1/2 − 1/3) each
		essexLeaving("money-equal", "2020-03-31")
			.jsonPath("$.collaborations[0].annualCost").isEqualTo(1_000_000.0)
			.jsonPath("$.collaborations[0].equalShare.extraAnnualCost").isEqualTo(166_666.67)
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains("; £ come from its 2019/20 budget of £1m ("
					+ SOURCE + "): the remaining members would pay £333.3k more a year between them."));
		// 1 April 2020 starts 2020/21: £1.2m × (1/2 − 1/3) each; before, the latest budget priced every date
		essexLeaving("money-equal", "2020-04-01")
			.jsonPath("$.collaborations[0].annualCost").isEqualTo(1_200_000.0)
			.jsonPath("$.collaborations[0].equalShare.extraAnnualCost").isEqualTo(200_000.0)
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains("; £ come from its 2020/21 budget of £1.2m ("
					+ SOURCE + ", approximate): the remaining members would pay £400k more a year between them."));
	}

	@Test
	void theEqualShareIsPricedOnceAndTheSumBetweenThemIsGivenOnlyWhenEveryStayerIsListed() {
		record("money-equal-listed", null, null, null);
		web.get().uri("/api/analytics/withdrawal?force=essex&collaboration=money-equal-listed&at=2020-03-31&memberLimit=1")
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.collaborations[0].remainingCount").isEqualTo(2)
			.jsonPath("$.collaborations[0].membersAfter.length()").isEqualTo(1)
			.jsonPath("$.collaborations[0].costShare").isEmpty()
			.jsonPath("$.collaborations[0].equalShare.extraAnnualCost").isEqualTo(166_666.67)
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains("; £ come from its 2019/20 budget of £1m ("
					+ SOURCE + ").").doesNotContain("between them"));
	}

	@Test
	void aYearWithoutItsOwnBudgetGetsNoPoundsAndTheSummarySaysWhichYearsAreRecorded() {
		record("money-none", null, null, null);
		for (String at : List.of("2019-03-31", "2021-04-01")) {
			essexLeaving("money-none", at)
				.jsonPath("$.collaborations[0].annualCost").doesNotExist()
				.jsonPath("$.collaborations[0].equalShare.extraAnnualCost").doesNotExist()
				.jsonPath("$.collaborations[0].equalShare.after").isEqualTo(0.5);
		}
		essexLeaving("money-none", "2021-04-01").jsonPath("$.summary").value(s -> assertThat((String) s).contains(
				"; no £ figure is given, because no budget is recorded for 2021/22, the financial year asked about "
						+ "(recorded: 2019/20 and 2020/21; a budget counts only for its own year)."));
	}

	@Test
	void recordedSharesArePricedFromTheSharesTheAnswerShows() {
		record("money-shares", 0.5, 0.25, 0.25);
		// Kent 0.5 → 0.666667, Sussex 0.25 → 0.333333 (rounded as shown); £1.2m × the rise
		essexLeaving("money-shares", "2020-06-30")
			.jsonPath("$.collaborations[0].sharesAssumed").isEqualTo(false)
			.jsonPath("$.collaborations[0].costShare[?(@.force == 'kent')].extraAnnualCost").isEqualTo(List.of(200_000.4))
			.jsonPath("$.collaborations[0].costShare[?(@.force == 'sussex')].extraAnnualCost")
			.isEqualTo(List.of(99_999.6));
	}

	@Test
	void leavingEverythingNamesTheYearOfTheBudgetsUsed() {
		record("money-all", null, null, null);
		web.get().uri("/api/analytics/withdrawal?force=essex&at=2020-06-30").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.summary").value(s -> assertThat((String) s)
				.contains("£ come from the 2020/21 budgets recorded for 1 of them (Money Test Unit: its 2020/21 budget of "
						+ "£1.2m (" + SOURCE + ", approximate)); no 2020/21 budget is recorded for the other "));
	}
}
