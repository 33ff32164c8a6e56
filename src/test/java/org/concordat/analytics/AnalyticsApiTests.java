package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AnalyticsApiTests extends ApiTest {

	@Test
	void aWriteIsVisibleToTheAnalyticsAsSoonAsItsResponseArrives() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/analytics/similar-forces?force=dford&at=2021-01-01").exchange()
			.expectBody().jsonPath("$.similar").isEmpty();
		web.post().uri("/api/collaborations/mg/members").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("force", "dford", "joined", "2020")).exchange().expectStatus().isCreated();
		web.get().uri("/api/analytics/similar-forces?force=dford&at=2021-01-01").exchange()
			.expectBody().jsonPath("$.similar[*].force").isEqualTo(List.of("aford", "bford"));
		web.get().uri("/api/analytics/status").exchange().expectBody()
			.jsonPath("$.memberships").isEqualTo(6)
			.jsonPath("$.lastUpdateMicros").value(micros -> assertThat(((Number) micros).longValue()).isPositive());
	}

	@Test
	void deletesAndNewForcesReachTheSnapshotToo() {
		load(Fixtures.tinyRegister());
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("id", "eford", "name", "E", "region", "East")).exchange().expectStatus().isCreated();
		web.get().uri("/api/analytics/withdrawal?force=eford").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.notMember").isEqualTo(true);
		web.delete().uri("/api/forces/eford").header("If-Match", etag("/api/forces/eford")).exchange()
			.expectStatus().isNoContent();
		web.get().uri("/api/analytics/withdrawal?force=eford").exchange().expectStatus().isNotFound();
	}

	@Test
	void theGraphCutsAtItsLimitAndSaysSo() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/graph?at=2015-01-01").exchange().expectBody()
			.jsonPath("$.truncated").isEqualTo(false)
			.jsonPath("$.nodes.length()").isEqualTo(6)
			.jsonPath("$.edges.length()").isEqualTo(5)
			.jsonPath("$.nodes[?(@.type == 'collaboration')].id").isEqualTo(List.of("mg", "alliance"));
		web.get().uri("/api/graph?at=2015-01-01&limit=5").exchange().expectBody()
			.jsonPath("$.truncated").isEqualTo(true)
			.jsonPath("$.totalNodes").isEqualTo(6)
			.jsonPath("$.nodes.length()").isEqualTo(5);
		web.get().uri("/api/graph?at=2015-01-01&level=region").exchange().expectBody()
			.jsonPath("$.nodes[*].id").isEqualTo(List.of("North", "South"))
			.jsonPath("$.edges[0].weight").isEqualTo(1);
	}

	@Test
	void alliancesAreServedForAnyDate() {
		load(Fixtures.tinyRegister());
		// JGraphT's label propagation on the bipartite network: aford's alliance and motorway group make one community
		web.get().uri("/api/analytics/alliances?at=2015-01-01").exchange().expectBody()
			.jsonPath("$.communities[*].forces").isEqualTo(List.of(List.of("aford", "bford", "cford", "dford")))
			.jsonPath("$.sampled").isEqualTo(false);
	}

	@Test
	void unknownForcesAndCollaborationsAnswer404() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/analytics/withdrawal?force=nope").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("force");
		web.get().uri("/api/analytics/withdrawal?force=aford&collaboration=nope").exchange().expectStatus().isNotFound();
		web.get().uri("/api/analytics/similar-collaborations?collaboration=nope").exchange().expectStatus().isNotFound();
	}

	@Test
	void badDatesLimitsAndParametersAnswer400NamingTheParameter() {
		load(Fixtures.tinyRegister());
		Map<String, String> bad = Map.ofEntries(Map.entry("/api/analytics/overlaps?offset=-1", "offset"),
				Map.entry("/api/analytics/overlaps?limit=0", "limit"),
				Map.entry("/api/analytics/withdrawal?force=aford&memberLimit=0", "memberLimit"),
				Map.entry("/api/analytics/withdrawal?force=aford&uncertainLimit=0", "uncertainLimit"),
				Map.entry("/api/analytics/withdrawal?force=aford&pairLimit=100001", "pairLimit"),
				Map.entry("/api/graph?includeNational=perhaps", "includeNational"));
		Map<String, String> more = Map.of(
				"/api/analytics/overlaps?at=2019-02-30", "at",
				"/api/analytics/withdrawal", "force",
				"/api/analytics/withdrawal?force=aford&riskLimit=0", "riskLimit",
				"/api/analytics/similar-forces?force=aford&by=colour", "by",
				"/api/analytics/similar-forces?force=aford&limit=-3", "limit",
				"/api/analytics/contacts?force=aford&topic=knitting", "topic",
				"/api/analytics/overlaps?function=juggling", "function",
				"/api/analytics/overlaps?region=Atlantis", "region",
				"/api/graph?level=street", "level");
		java.util.stream.Stream.of(bad, more).flatMap(m -> m.entrySet().stream()).forEach(e -> web.get().uri(e.getKey()).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(e.getValue()));
	}

	@Test
	void overlapsAndWithdrawalListsArePagedWithWholeCounts() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/analytics/overlaps?limit=1&at=2017-06-30").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.pairs.length()").isEqualTo(1).jsonPath("$.totalPairs").isEqualTo(1);
		web.get().uri("/api/analytics/overlaps?offset=1&at=2017-06-30").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.pairs.length()").isEqualTo(0).jsonPath("$.totalPairs").isEqualTo(1);
		web.get().uri("/api/analytics/withdrawal?force=aford&memberLimit=1&at=2017-06-30").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.collaborations[0].membersBefore.length()").isEqualTo(1)
			.jsonPath("$.collaborations[0].membersAfter.length()").isEqualTo(1)
			.jsonPath("$.collaborations[0].memberCount").value(n -> assertThat(((Number) n).intValue()).isGreaterThan(1));
	}

	@Test
	void everyAnswerSaysWhichStateOfTheRegisterItReflectsInItsHeadersAndItsBody() {
		load(Fixtures.tinyRegister());
		long position = snapshots.state().position();
		for (String uri : List.of("/api/analytics/withdrawal?force=aford", "/api/analytics/similar-forces?force=aford",
				"/api/analytics/similar-collaborations?collaboration=mg", "/api/analytics/overlaps",
				"/api/analytics/contacts?force=aford&topic=withdrawal", "/api/analytics/alliances",
				"/api/analytics/network", "/api/graph", "/api/analytics/status")) {
			web.get().uri(uri).exchange().expectStatus().isOk()
				.expectHeader().valueEquals(SnapshotStamp.POSITION_HEADER, Long.toString(position))
				.expectHeader().value(SnapshotStamp.AGE_HEADER, age -> assertThat(Long.parseLong(age)).isNotNegative())
				.expectBody().jsonPath("$.snapshot.position").isEqualTo((int) position)
				.jsonPath("$.snapshot.version").isNumber()
				.jsonPath("$.snapshot.upToDateAt").isNotEmpty();
		}
	}

	@Test
	void similarForcesByAdamicAdarAndTheNetworksCutVerticesAndBridges() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/analytics/similar-forces?force=aford&method=adamic-adar&at=2015-01-01").exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.method").isEqualTo("adamic-adar")
			.jsonPath("$.similar[*].force").isEqualTo(List.of("dford", "bford", "cford"));
		web.get().uri("/api/analytics/similar-forces?force=aford&method=adamic-adar&by=functions").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("method");
		// at 2015 aford joins the motorway group (with bford, cford) to its alliance with dford: a tree, every
		// membership a bridge
		web.get().uri("/api/analytics/network?at=2015-01-01").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.components").isEqualTo(1)
			.jsonPath("$.cutVertices").isEqualTo(List.of("aford"))
			.jsonPath("$.bridges[*].force").isEqualTo(List.of("aford", "aford", "bford", "cford", "dford"));
	}
}
