package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.concordat.words.Words;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The withdrawal answer's {@code costSharing} gives an agreement's shares before and after, and its summary prices
 * those very figures, where the register also records different shares per member: the explorer's table shows
 * them, so the table and the sentence give one answer to "what will it cost us?".
 */
class SharingAfterTests extends DemoRegisterTest {

	private static final String SOURCE = "https://example.org/terms";

	/** Kent (host), Essex and Sussex since 2015 with the recorded shares given, the cost sharing given and £1.2m for 2020/21. */
	private void record(String id, Map<String, Double> shares, Map<String, Object> costSharing) {
		web.delete().uri("/api/collaborations/" + id).header("If-Match", "*").exchange();
		List<Map<String, Object>> members = shares.entrySet().stream().map(e -> Map.<String, Object>of("force", e.getKey(),
				"role", e.getKey().equals("kent") ? "host" : "member", "joined", "2015-01-01", "costShare", e.getValue()))
			.toList();
		Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", "Terms Test Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2015-01-01", "members", members, "costSharing",
				costSharing, "budgets", List.of(Map.of("year", "2020/21", "amount", 1_200_000, "source", SOURCE))));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> essexLeaves(String id, String extra) {
		return web.get().uri("/api/analytics/withdrawal?force=essex&collaboration=" + id + "&at=2020-06-30" + extra)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> sharing(Map<String, Object> answer) {
		List<Map<String, Object>> sharing = (List<Map<String, Object>>) answer.get("costSharing");
		assertThat(sharing).hasSize(1);
		return sharing.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> sharesAfter(Map<String, Object> sharing) {
		return (Map<String, Double>) ((Map<String, Object>) sharing.get("recomputed")).get("shares");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> sharesBefore(Map<String, Object> sharing) {
		return (Map<String, Double>) sharing.get("sharesBefore");
	}

	/** (after − before) × the budget, summed over the stayers, from the answer's own figures, as the summary words it. */
	private static String extraPounds(Map<String, Object> sharing) {
		double rise = 0;
		for (var stayer : sharesAfter(sharing).entrySet()) {
			rise += stayer.getValue() - sharesBefore(sharing).get(stayer.getKey());
		}
		return Words.gbp(1_200_000 * rise);
	}

	@Test
	void equalTermsGiveTheSharesBeforeAndTheSummaryPricesThemNotTheMembersRecordedShares() {
		record("terms-equal", Map.of("kent", 0.5, "essex", 0.25, "sussex", 0.25), Map.of("method", "equal", "source", SOURCE));
		Map<String, Object> answer = essexLeaves("terms-equal", "");
		Map<String, Object> sharing = sharing(answer);
		assertThat(sharesBefore(sharing)).containsOnlyKeys("kent", "essex", "sussex")
			.allSatisfy((force, share) -> assertThat(share).isCloseTo(1.0 / 3, within(1e-12)));
		assertThat(sharesAfter(sharing)).containsOnlyKeys("kent", "sussex")
			.allSatisfy((force, share) -> assertThat(share).isCloseTo(0.5, within(1e-12)));
		assertThat(extraPounds(sharing)).isEqualTo("£400k");
		// the recorded shares rescaled (Kent 66.7%, Sussex 33.3%) would add £300k: the summary prices the terms
		assertThat((String) answer.get("summary"))
			.contains(": the remaining members would pay " + extraPounds(sharing) + " more a year between them.");
	}

	@Test
	void aFormulaWithAllItsNumbersGivesTheSharesBeforeAndTheSummaryPricesThemNotTheMembersRecordedShares() {
		record("terms-formula", Map.of("kent", 0.2, "essex", 0.4, "sussex", 0.4), Map.of("method", "formula", "source",
				SOURCE, "weights", List.of(Map.of("name", "population", "values", List.of(Map.of("force", "kent", "value", 2),
						Map.of("force", "essex", "value", 1), Map.of("force", "sussex", "value", 1))))));
		Map<String, Object> answer = essexLeaves("terms-formula", "");
		Map<String, Object> sharing = sharing(answer);
		assertThat(sharesBefore(sharing)).containsOnlyKeys("kent", "essex", "sussex");
		assertThat(sharesBefore(sharing).get("kent")).isCloseTo(0.5, within(1e-12));
		assertThat(sharesBefore(sharing).get("essex")).isCloseTo(0.25, within(1e-12));
		assertThat(sharesAfter(sharing).get("kent")).isCloseTo(2.0 / 3, within(1e-12));
		// 1.2m × ((2/3 − 1/2) + (1/3 − 1/4)) = £300k; the recorded shares rescaled (1/3, 2/3) would add £480k
		assertThat(extraPounds(sharing)).isEqualTo("£300k");
		assertThat((String) answer.get("summary"))
			.contains(": the remaining members would pay " + extraPounds(sharing) + " more a year between them.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void whenTheListBeforeStopsOneShortOfAllTheMembersTheSharesBeforeAreStillEveryMembers() {
		record("terms-short", Map.of("kent", 0.2, "essex", 0.4, "sussex", 0.4), Map.of("method", "formula", "source",
				SOURCE, "weights", List.of(Map.of("name", "population", "values", List.of(Map.of("force", "kent", "value", 2),
						Map.of("force", "essex", "value", 1), Map.of("force", "sussex", "value", 1))))));
		// two listed: Essex and Kent before, Kent and Sussex after (the leaver is not counted after)
		Map<String, Object> answer = essexLeaves("terms-short", "&memberLimit=2");
		assertThat((List<?>) ((List<Map<String, Object>>) answer.get("collaborations")).get(0).get("membersBefore")).hasSize(2);
		Map<String, Object> sharing = sharing(answer);
		assertThat(sharesBefore(sharing)).containsOnlyKeys("kent", "essex", "sussex");
		assertThat((String) answer.get("summary")).contains(" more a year between them.").contains("£300k");
	}

	@Test
	void withStayersUnlistedEqualTermsStillGiveTheEqualSplitAndAFormulaSaysItIsNotWorkedOut() {
		record("terms-equal-unlisted", Map.of("kent", 0.5, "essex", 0.25, "sussex", 0.25),
				Map.of("method", "equal", "source", SOURCE));
		Map<String, Object> answer = essexLeaves("terms-equal-unlisted", "&memberLimit=1");
		assertThat(sharing(answer).get("recomputed")).isNull();
		assertThat(sharing(answer).get("sharesBefore")).isNull();
		assertThat((String) answer.get("summary"))
			.contains("; its agreement shares costs equally, so each remaining member's share goes 33.3% to 50% each; ")
			.contains(": the remaining members would pay £400k more a year between them.")
			.doesNotContain("rescaled");

		record("terms-formula-unlisted", Map.of("kent", 0.2, "essex", 0.4, "sussex", 0.4), Map.of("method", "formula",
				"source", SOURCE, "weights", List.of(Map.of("name", "population"))));
		answer = essexLeaves("terms-formula-unlisted", "&memberLimit=1");
		assertThat(sharing(answer).get("recomputed")).isNull();
		assertThat(sharing(answer).get("sharesBefore")).isNull();
		assertThat((String) answer.get("summary"))
			.contains("; its costs are split by a formula (population), which is worked out only when every remaining "
					+ "member is listed (memberLimit; 1 of 2 are), so no new shares are given; ")
			.doesNotContain("more a year").doesNotContain("rescaled").doesNotContain("not recorded (listed");
	}

	@Test
	void aFormulaAmongManyStayersNamesTheFirstFiveInTheSummaryAndLeavesTheRestToCostSharing() {
		List<String> forces = List.of("kent", "essex", "sussex", "surrey", "hampshire", "dorset", "wiltshire", "devon-cornwall");
		Map<String, Double> shares = new java.util.LinkedHashMap<>();
		forces.forEach(force -> shares.put(force, 1.0 / forces.size()));
		record("terms-many", shares, Map.of("method", "formula", "source", SOURCE, "weights", List.of(Map.of("name",
				"population", "values", forces.stream().map(force -> Map.of("force", force, "value", 1)).toList()))));
		Map<String, Object> answer = essexLeaves("terms-many", "");
		assertThat(sharesAfter(sharing(answer))).hasSize(7);
		String summary = (String) answer.get("summary");
		assertThat(summary).contains(" gives the remaining members' shares: ").contains(" Surrey Police 14.3% and 2 more (listed in costSharing); ")
			.doesNotContain("Wiltshire Police 14.3%");
		assertThat(summary.split("14\\.3%", -1)).as("stayers named with their share").hasSize(6);

		record("terms-few", Map.of("kent", 0.5, "essex", 0.25, "sussex", 0.25), Map.of("method", "formula", "source", SOURCE,
				"weights", List.of(Map.of("name", "population", "values", List.of(Map.of("force", "kent", "value", 1),
						Map.of("force", "essex", "value", 1), Map.of("force", "sussex", "value", 1))))));
		assertThat((String) essexLeaves("terms-few", "").get("summary")).contains(" 50% and ").doesNotContain(" more (listed");
	}

	@Test
	void aFormulaLackingOnlyTheLeaversNumbersGivesTheNewSharesButNoSharesBeforeAndSoNoExtraPounds() {
		record("terms-no-leaver", Map.of("kent", 0.2, "essex", 0.4, "sussex", 0.4), Map.of("method", "formula", "source",
				SOURCE, "weights", List.of(Map.of("name", "population", "values", List.of(Map.of("force", "kent", "value", 2),
						Map.of("force", "sussex", "value", 1))))));
		Map<String, Object> answer = essexLeaves("terms-no-leaver", "");
		Map<String, Object> sharing = sharing(answer);
		assertThat(sharesAfter(sharing).get("kent")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(sharing.get("sharesBefore")).isNull();
		// the recorded shares rescaled would price it; the words give the formula's, which cannot
		assertThat((String) answer.get("summary"))
			.contains(" (but not their shares before, for want of Essex Police's numbers, so no extra £ are given); ")
			.doesNotContain("more a year");
	}
}
