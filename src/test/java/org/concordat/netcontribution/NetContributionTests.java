package org.concordat.netcontribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Net contribution: exact £ where shares, budget and attributed benefits are recorded; gaps counted elsewhere. */
class NetContributionTests extends DemoRegisterTest {

	private static final String SOURCE = "https://example.org/report";

	private void recordACostedCollaborationWithBenefits() {
		web.delete().uri("/api/collaborations/nc-test").header("If-Match", "*").exchange();
		Map<String, Object> body = Map.of("id", "nc-test", "name", "Net Contribution Test Unit", "kind", "shared service",
				"scope", "regional", "status", "active", "started", "2015-01-01",
				"members", List.of(Map.of("force", "kent", "role", "host", "joined", "2015-01-01", "costShare", 0.6),
						Map.of("force", "essex", "role", "member", "joined", "2015-01-01", "costShare", 0.4)),
				"budgets", List.of(Map.of("year", "2019/20", "amount", 1_000_000, "source", SOURCE)),
				"benefits", List.of(
						Map.of("id", "kent-saving", "title", "Kent's saving", "kind", "cashable", "unit", "GBP",
								"attributedTo", List.of(Map.of("force", "kent", "share", 1)),
								"realised", List.of(Map.of("period", "2019/20", "value", 500_000, "source", SOURCE))),
						Map.of("id", "shared-saving", "title", "Shared saving", "kind", "cashable", "unit", "GBP",
								"attributedTo", List.of(Map.of("force", "essex", "share", 0.5), Map.of("force", "kent", "share", 0.5)),
								"realised", List.of(Map.of("period", "2019-06", "value", 100_000, "source", SOURCE),
										// not inside 2019/20: left out
										Map.of("period", "2020-06", "value", 999_999, "source", SOURCE))),
						Map.of("id", "morale", "title", "Better morale", "kind", "qualitative",
								"attributedTo", List.of(Map.of("force", "essex")))));
		web.post().uri("/api/collaborations").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated();
	}

	@Test
	void whereEverythingIsRecordedWhatIsPaidAndGotIsExactAndANetDonorIsNamed() {
		recordACostedCollaborationWithBenefits();
		web.get().uri("/api/analytics/net-contribution?force=essex&at=2020-06-30").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.year").isEqualTo("2019/20")
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'nc-test')].pays").isEqualTo(List.of(400_000.0))
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'nc-test')].cashable").isEqualTo(List.of(50_000.0))
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'nc-test')].net").isEqualTo(List.of(-350_000.0))
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'nc-test')].qualitative[0]").isEqualTo(List.of("Better morale"))
			.jsonPath("$.forces[0].netKnownIn").isEqualTo(1)
			.jsonPath("$.forces[0].netDonor").isEqualTo(true)
			.jsonPath("$.netDonors").isEqualTo(List.of("essex"))
			.jsonPath("$.summary").value(s -> assertThat((String) s).endsWith(" Where both are known Essex Police pays "
					+ "£400k and gets £50k in cashable benefits: a net donor by £350k."));
		web.get().uri("/api/analytics/net-contribution?force=kent&at=2020-06-30").exchange()
			.expectBody()
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'nc-test')].net").isEqualTo(List.of(-50_000.0));
	}

	@Test
	void onTheDemoRegisterNothingIsFilledInTheGapsAreCounted() {
		// NPAS records a saving attributed to Hertfordshire, but no budget or shares: no net figure
		web.get().uri("/api/analytics/net-contribution?force=hertfordshire&at=2020-06-30").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'npas')].pays").isEqualTo(java.util.Collections.singletonList(null))
			.jsonPath("$.forces[0].net").doesNotExist()
			.jsonPath("$.netDonors").isEmpty()
			.jsonPath("$.gaps").value(g -> assertThat((Integer) g).isPositive());
		web.get().uri("/api/analytics/net-contribution?at=2020-06-30").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.forces.length()").value(n -> assertThat((Integer) n).isGreaterThan(30));
	}

	@Test
	void warwickshiresUndatedCmpgExitIsListedAsUncertainWhileCmpgRan() {
		web.get().uri("/api/analytics/net-contribution?force=warwickshire&at=2020-06-30").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.forces[0].collaborations[?(@.collaboration == 'cmpg')]").isNotEmpty()
			.jsonPath("$.uncertain[?(@.collaboration == 'cmpg')].force").isEqualTo(List.of("warwickshire"))
			.jsonPath("$.summary").value(s -> assertThat((String) s).contains("may already have happened"));
		web.get().uri("/api/analytics/net-contribution?force=warwickshire&at=2025-06-30").exchange()
			.expectBody()
			.jsonPath("$.uncertain[?(@.collaboration == 'cmpg')]").isEmpty();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		web.get().uri("/api/analytics/net-contribution?year=2019-20").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
		web.get().uri("/api/analytics/net-contribution?force=nobody").exchange().expectStatus().isNotFound();
		web.get().uri("/api/analytics/net-contribution?collaboration=nowhere").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("collaboration");
	}

	@Test
	void oneCollaborationsAnswerHoldsExactlyItsLinesFromTheAnswerForEveryForce() {
		recordACostedCollaborationWithBenefits();
		for (String id : List.of("nc-test", "npas", "cmpg")) {
			for (String year : List.of("2019/20", "2018/19")) {
				Map<String, Map<String, Object>> whole = linesOf(id, "/api/analytics/net-contribution?at=2020-06-30&year=" + year);
				var one = answer("/api/analytics/net-contribution?at=2020-06-30&year=" + year + "&collaboration=" + id);
				assertThat(whole).as(id + " has members at that date").isNotEmpty();
				// each force listed holds its one line in this collaboration and nothing else
				for (Map<String, Object> force : forces(one)) {
					assertThat(lines(force)).hasSize(1);
				}
				assertThat(linesOf(id, one)).isEqualTo(whole);
			}
		}
		// with a force too: that member's line alone
		var kent = answer("/api/analytics/net-contribution?at=2020-06-30&force=kent&collaboration=nc-test");
		assertThat(forces(kent)).extracting(x -> x.get("force")).containsExactly("kent");
		assertThat(lines(forces(kent).get(0))).extracting(x -> x.get("pays")).containsExactly(600_000.0);
	}

	private Map<String, Object> answer(String uri) {
		Map<String, Object> body = web.get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).returnResult().getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> forces(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("forces");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> lines(Map<String, Object> force) {
		return (List<Map<String, Object>>) force.get("collaborations");
	}

	private Map<String, Map<String, Object>> linesOf(String collaboration, String uri) {
		return linesOf(collaboration, answer(uri));
	}

	/** Force → its line in {@code collaboration}, over every force of the answer that has one. */
	private static Map<String, Map<String, Object>> linesOf(String collaboration, Map<String, Object> answer) {
		Map<String, Map<String, Object>> byForce = new java.util.TreeMap<>();
		for (Map<String, Object> force : forces(answer)) {
			lines(force).stream().filter(l -> collaboration.equals(l.get("collaboration")))
				.forEach(l -> assertThat(byForce.put((String) force.get("force"), l)).isNull());
		}
		return byForce;
	}
}
