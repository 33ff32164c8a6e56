package org.concordat.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CollaborationApiTests extends ApiTest {

	@Test
	void showsACollaborationWithItsHostMembersFiguresAndLinks() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/collaborations/alliance").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.hostForce").isEqualTo("dford")
			.jsonPath("$.functions").isEqualTo(List.of("dogs", "firearms"))
			.jsonPath("$.dependsOn").isEqualTo(List.of("mg"))
			.jsonPath("$.dependencyConfidence.mg").isEqualTo("unconfirmed")
			.jsonPath("$.members[0].force").isEqualTo("aford")
			.jsonPath("$.members[0].role").isEqualTo("lead")
			.jsonPath("$.figures.length()").isEqualTo(2)
			.jsonPath("$.figures[?(@.amount == 10500000.0)].confidence").isEqualTo(List.of("confirmed"))
			.jsonPath("$.figures[?(@.amount == 10700000.0)].confidence").isEqualTo(List.of("approximate"))
			.jsonPath("$.figures[0].force").isEqualTo("aford");
	}

	@Test
	void filtersByStatusFunctionRegionAndText() {
		load(Fixtures.tinyRegister());
		expectIds("/api/collaborations?status=ended", "alliance");
		expectIds("/api/collaborations?function=roads-policing", "mg");
		expectIds("/api/collaborations?region=South", "alliance");
		expectIds("/api/collaborations?q=motorway", "mg");
		expectIds("/api/collaborations?region=North", "alliance", "mg");
	}

	@Test
	void asOfADateARegionMatchesThroughItsMembersThenAndAnUndatedLeavingIsAMemberUntilTheEnd() {
		load(Fixtures.tinyRegister());
		for (var c : List.of(Map.of("id", "dated-left", "left", "2015"), Map.of("id", "undated-left", "leftDateUnknown", true))) {
			var south = new java.util.HashMap<String, Object>(Map.of("force", "dford", "joined", "2010"));
			c.forEach((k, v) -> {
				if (!k.equals("id")) {
					south.put(k, v);
				}
			});
			web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("id", c.get("id"), "name", "Unit " + c.get("id"), "kind", "unit", "scope", "regional",
						"status", "active", "started", "2010", "members",
						List.of(Map.of("force", "aford", "role", "host", "joined", "2010"), south)))
				.exchange().expectStatus().isCreated();
		}
		// dford (South) left dated-left in 2015; its leaving of undated-left has no date: a member while it runs
		expectIds("/api/collaborations?region=South&at=2016-06-30", "alliance", "undated-left");
		expectIds("/api/collaborations?region=South&at=2014-06-30", "alliance", "dated-left", "undated-left");
		expectIds("/api/collaborations?region=South", "alliance", "dated-left", "undated-left");
	}

	@Test
	void answersAsOfADateWithDatesAtTheirOwnPrecision() {
		load(Fixtures.tinyRegister());
		// mg started "2008-06": inside June 2008 it may not have started yet, so it counts from the first of July.
		expectIds("/api/collaborations?at=2008-06-01");
		expectIds("/api/collaborations?at=2008-06-30");
		expectIds("/api/collaborations?at=2008-07-01", "mg");
		// alliance started "2012" (certainly by 2013-01-01) and ended "2020-04-01" (not active on the day it ended).
		expectIds("/api/collaborations?at=2012-12-31", "mg");
		expectIds("/api/collaborations?at=2013-01-01", "alliance", "mg");
		expectIds("/api/collaborations?at=2020-03-31", "alliance", "mg");
		expectIds("/api/collaborations?at=2020-04-01", "mg");
	}

	@Test
	void joinsAForceAndRecordsItsWithdrawalKeepingTheMembership() {
		load(Fixtures.tinyRegister());
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2019-05", "role", "member")).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.members.length()").isEqualTo(4);
		web.post().uri("/api/collaborations/mg/members/dford/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("left", "2021")).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.members[?(@.force == 'dford')].left").isEqualTo(List.of("2021"))
			.jsonPath("$.members[?(@.force == 'dford')].joined").isEqualTo(List.of("2019-05"));
		// and it may rejoin: a membership is keyed by (force, joined)
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2023")).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.members[?(@.force == 'dford')].joined").isEqualTo(List.of("2019-05", "2023"));
	}

	@Test
	void updatesACollaborationWithoutLosingMembershipsLeftOutOfTheBody() {
		load(Fixtures.tinyRegister());
		var body = Map.of("name", "Motorway Group", "kind", "motorway group", "scope", "regional", "status",
				"ended", "started", "2008-06", "ended", "2024-09", "functions", List.of("roads-policing", "dogs"));
		web.put().uri("/api/collaborations/mg").contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag("/api/collaborations/mg")).bodyValue(body).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("ended")
			.jsonPath("$.functions").isEqualTo(List.of("dogs", "roads-policing"))
			// what the body leaves out is cleared: the budget (once annualCost) and the terms (once legalBasis)
			.jsonPath("$.budgets").isEmpty()
			.jsonPath("$.terms").isEmpty()
			.jsonPath("$.annualCost").doesNotExist()
			.jsonPath("$.partners").isEmpty()
			.jsonPath("$.members.length()").isEqualTo(3);
	}

	@Test
	void createsAndDeletesACollaborationWithoutMembers() {
		load(Fixtures.tinyRegister());
		var body = Map.of("id", "proposed-one", "name", "A proposal", "kind", "specialist unit", "scope",
				"bilateral", "status", "proposed", "functions", List.of("dogs"));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.confidence").isEqualTo("confirmed").jsonPath("$.hostForce").isEmpty();
		web.delete().uri("/api/collaborations/proposed-one").header("If-Match", etag("/api/collaborations/proposed-one"))
			.exchange().expectStatus().isNoContent();
		assertThat(count("MATCH (c:Collaboration {id: 'proposed-one'}) RETURN count(c)")).isZero();
	}

	@Test
	void refusesToDeleteACollaborationWithMemberships() {
		load(Fixtures.tinyRegister());
		web.delete().uri("/api/collaborations/mg").header("If-Match", etag("/api/collaborations/mg")).exchange()
			.expectStatus().isEqualTo(409);
	}

	private void expectIds(String uri, String... ids) {
		web.get().uri(uri).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", Integer.toString(ids.length))
			.expectBody().jsonPath("$[*].id").isEqualTo(List.of(ids));
	}
}
