package org.concordat.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The before-signing check of a draft on the demo register, and its refusals. */
class BeforeSigningTests extends DemoRegisterTest {

	@Test
	void aDraftRoadsUnitOfTwoEastMidlandsForcesMeetsEmopssAndTheEndedTriForce() {
		web.post().uri("/api/analytics/before-signing").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "East Midlands Roads Unit", "members", List.of("leicestershire", "nottinghamshire"),
					"host", "leicestershire", "functions", List.of("roads-policing"), "at", "2017-06-30"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			// Nottinghamshire left EMOpSS only in May 2018: in 2017 both are members, and it also does roads policing
			.jsonPath("$.overlaps[?(@.collaboration == 'emopss')].duplicate").isEqualTo(List.of(true))
			.jsonPath("$.overlaps[?(@.collaboration == 'emopss')].sharedMembers[*]")
			.isEqualTo(List.of("leicestershire", "nottinghamshire"))
			.jsonPath("$.overlaps[?(@.collaboration == 'emsou')].duplicate").isEqualTo(List.of(false))
			// CMPG lost West Mercia in 2017-07: not yet at 2017-06-30
			.jsonPath("$.similarElsewhere[?(@.collaboration == 'cmpg')].withdrawals").isEqualTo(List.of(0))
			// but Warwickshire's CMPG exit has no date: it may already have happened, and is listed so
			.jsonPath("$.uncertain[?(@.collaboration == 'cmpg')].force").isEqualTo(List.of("warwickshire"))
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains("may already have happened"))
			.jsonPath("$.notYetMet[*].criterion").value(c -> assertThat((List<String>) c)
				.contains("a current lead and host", "notice period and exit terms recorded"))
			.jsonPath("$.summary").value(s -> assertThat((String) s).startsWith("As of 30 June 2017, East Midlands Roads "
					+ "Unit (Leicestershire Police and Nottinghamshire Police) would overlap "));
	}

	@Test
	void askedLaterTheTriForceHasEndedAndCmpgHasLostAMember() {
		web.post().uri("/api/analytics/before-signing").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("members", List.of("leicestershire", "nottinghamshire"), "functions", List.of("roads-policing"),
					"at", "2020-06-30"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.similarElsewhere[?(@.collaboration == 'sw-tri-force')].status").isEqualTo(List.of("ended"))
			.jsonPath("$.similarElsewhere[?(@.collaboration == 'cmpg')].withdrawals").isEqualTo(List.of(1));
	}

	@Test
	void badDraftsAreRefusedNamingEachField() {
		web.post().uri("/api/analytics/before-signing").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("members", List.of("leicestershire", "nowhere"), "host", "kent",
					"functions", List.of("juggling")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("members[1]", "host", "functions[0]"));
		web.post().uri("/api/analytics/before-signing").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("functions", List.of("dogs")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("members");
	}
}
