package org.concordat.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;

/** Collaboration health on the demo register, one and the list, and its refusals. */
class HealthTests extends DemoRegisterTest {

	@Test
	void theWestMerciaAllianceBeforeNoticeHasANoticePeriodButNoBudgetOrSharing() {
		web.get().uri("/api/analytics/collaboration-health?collaboration=west-mercia-warwickshire&at=2018-06-29").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.colour").isEqualTo("red")
			.jsonPath("$.criteria.length()").isEqualTo(9)
			.jsonPath("$.criteria[?(@.criterion == 'notice period and exit terms recorded')].colour").isEqualTo(List.of("green"))
			.jsonPath("$.criteria[?(@.criterion == 'cost shares or a formula recorded')].colour").isEqualTo(List.of("red"))
			.jsonPath("$.criteria[?(@.criterion == 'a budget for the current financial year')].toGreen")
			.isEqualTo(List.of("record the 2018/19 budget with its source"))
			.jsonPath("$.summary").value(s -> assertThat((String) s).startsWith("As of 29 June 2018, West Mercia and "
					+ "Warwickshire Strategic Alliance meets "));
	}

	@Test
	void eventsThatMayAlreadyHaveHappenedAreListedBesideTheColours() {
		// Northamptonshire left EMOpSS in "2020": inside that year it counts as a member, listed as uncertain
		web.get().uri("/api/analytics/collaboration-health?collaboration=emopss&at=2020-06-30").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.uncertain[*].force").isEqualTo(List.of("northamptonshire"))
			.jsonPath("$.uncertain[0].recorded").isEqualTo("2020");
		// Warwickshire's CMPG exit has no date at all: listed at any date while CMPG ran, never with a date
		web.get().uri("/api/analytics/collaboration-health?collaboration=cmpg&at=2016-12-31").exchange()
			.expectBody()
			.jsonPath("$.uncertain[*].force").isEqualTo(List.of("warwickshire"))
			.jsonPath("$.uncertain[0].note").isEqualTo("Warwickshire Police left Central Motorway Police Group (CMPG): on a "
					+ "date not recorded, may already have happened; counted as not yet")
			.jsonPath("$.summary").value(s -> org.assertj.core.api.Assertions.assertThat((String) s)
				.endsWith(" 1 event recorded only to a year or a month holding this date, or with no date, may already have "
						+ "happened; the answer counts it as not yet (listed in uncertain)."));
		web.get().uri("/api/analytics/collaboration-health?collaboration=emopss&at=2021-06-30").exchange()
			.expectBody()
			.jsonPath("$.uncertain").isEmpty();
	}

	@Test
	void theListFiltersByColourAndSaysHowMany() {
		web.get().uri("/api/analytics/collaboration-health?at=2018-06-29&colour=red").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.collaborations[?(@.colour != 'red')]").isEmpty()
			.jsonPath("$.collaborations[?(@.collaboration == 'west-mercia-warwickshire')]").isNotEmpty()
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains(" whose worst criterion is red: 0 green, 0 amber, "));
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		web.get().uri("/api/analytics/collaboration-health?colour=blue").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("colour");
		web.get().uri("/api/analytics/collaboration-health?collaboration=nwmpg&at=2018-02-30").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
		web.get().uri("/api/analytics/collaboration-health?collaboration=nothing").exchange().expectStatus().isNotFound();
	}
}
