package org.concordat.force;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ForceApiTests extends ApiTest {

	@Test
	void listsForcesSortedWithTheirTotalAndPages() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/forces?limit=2&offset=1").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Total-Count", "4")
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[0].id").isEqualTo("bford")
			.jsonPath("$[1].id").isEqualTo("cford")
			.jsonPath("$[0].hq.town").isEqualTo("Town of bford");
	}

	@Test
	void filtersForcesByRegionAndName() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/forces?region=south").exchange()
			.expectHeader().valueEquals("X-Total-Count", "1")
			.expectBody().jsonPath("$[0].id").isEqualTo("dford");
		web.get().uri("/api/forces?q=CFORD").exchange().expectBody().jsonPath("$[0].id").isEqualTo("cford");
	}

	@Test
	void showsAForceWithItsMembershipsOverTime() {
		load(Fixtures.tinyRegister());
		web.get().uri("/api/forces/aford").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.memberships.length()").isEqualTo(2)
			.jsonPath("$.memberships[0].collaboration").isEqualTo("alliance")
			.jsonPath("$.memberships[0].left").isEqualTo("2020-04-01")
			.jsonPath("$.memberships[1].collaboration").isEqualTo("mg")
			.jsonPath("$.memberships[1].role").isEqualTo("host")
			.jsonPath("$.memberships[1].costShare").isEqualTo(0.5);
	}

	@Test
	void createsUpdatesAndDeletesAForceThatHasNoMemberships() {
		var force = Map.of("id", "eford", "name", "E Police", "region", "Wales",
				"hq", Map.of("town", "Bridgend", "lat", 51.5, "lon", -3.57));
		web.post().uri("/api/forces").contentType(MediaType.APPLICATION_JSON).bodyValue(force).exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/forces/eford")
			.expectBody().jsonPath("$.hq.lat").isEqualTo(51.5);
		web.put().uri("/api/forces/eford").contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", etag("/api/forces/eford"))
			.bodyValue(Map.of("name", "E Constabulary", "region", "Wales")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("E Constabulary").jsonPath("$.hq").isEmpty();
		assertThat(count("MATCH (:Force {id: 'eford'})-[:IN_REGION]->(r:Region {name: 'Wales'}) RETURN count(r)"))
			.isEqualTo(1);
		web.delete().uri("/api/forces/eford").header("If-Match", etag("/api/forces/eford")).exchange()
			.expectStatus().isNoContent();
		web.get().uri("/api/forces/eford").exchange().expectStatus().isNotFound();
	}

	@Test
	void refusesToDeleteAForceWithMembershipsSoHistoryIsKept() {
		load(Fixtures.tinyRegister());
		web.delete().uri("/api/forces/cford").header("If-Match", etag("/api/forces/cford")).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		assertThat(count("MATCH (f:Force {id: 'cford'})-[:MEMBER_OF]->() RETURN count(f)")).isEqualTo(1);
	}
}
