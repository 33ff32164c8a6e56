package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoSeedTests extends ApiTest {

	@Autowired
	private DemoSeed seed;

	/** The register's nodes and links: not the change log's, nor the audit's (a merge records an entry). */
	private static final String REGISTER_NODES = "MATCH (n) WHERE NOT (n:Change OR n:AuditEntry OR n:AuditSubject "
			+ "OR n:AuditSequence) RETURN count(n)";

	private static final String REGISTER_LINKS = "MATCH ()-[r]->() WHERE type(r) <> 'ABOUT' RETURN count(r)";

	@Test
	void seedsAnEmptyRegisterOnceAndLeavesItAloneOnEveryRestart() {
		assertThat(seed.seedIfEmpty().block()).isTrue();
		long nodes = count(REGISTER_NODES);
		long links = count(REGISTER_LINKS);
		long audited = count("MATCH (e:AuditEntry) RETURN count(e)");
		assertThat(seed.seedIfEmpty().block()).isFalse();
		imports.merge(seed.demoRegister()).block();
		assertThat(count(REGISTER_NODES)).isEqualTo(nodes);
		assertThat(count(REGISTER_LINKS)).isEqualTo(links);
		assertThat(count("MATCH (e:AuditEntry) RETURN count(e)")).as("the merge, not the seed's second look")
			.isEqualTo(audited + 1);
	}

	@Test
	void theDemoRegisterHoldsAll43ForcesInTheTenOfficialRegions() {
		seed.seedIfEmpty().block();
		assertThat(count("MATCH (f:Force) RETURN count(f)")).isEqualTo(43);
		assertThat(count("MATCH (r:Region)<-[:IN_REGION]-(:Force) RETURN count(DISTINCT r)")).isEqualTo(10);
		web.get().uri("/api/forces?region=Wales").exchange()
			.expectHeader().valueEquals("X-Total-Count", "4");
	}

	@Test
	void theDemoRegisterRecordsTheWithdrawalsTheAnalyticsAreTestedOn() {
		seed.seedIfEmpty().block();
		web.get().uri("/api/collaborations/nwmpg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'lancashire')].left").isEqualTo(List.of("2018"))
			.jsonPath("$.members[?(@.force == 'greater-manchester')].joined").isEqualTo(List.of("2011"))
			.jsonPath("$.partners").isEqualTo(List.of("Highways England"));
		web.get().uri("/api/collaborations/emopss").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'nottinghamshire')].left").isEqualTo(List.of("2018-05-01"));
		web.get().uri("/api/collaborations/cmpg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'west-mercia')].left").isEqualTo(List.of("2017-07"));
		web.get().uri("/api/collaborations/sw-tri-force").exchange().expectBody()
			.jsonPath("$.status").isEqualTo("ended").jsonPath("$.ended").isEqualTo("2019-04");
		web.get().uri("/api/collaborations/emsou").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'nottinghamshire')].costShare").isEqualTo(List.of(0.276));
	}

	@Test
	void theDemoRegisterKeepsConflictingFiguresAndNamesNoOneButRoles() {
		seed.seedIfEmpty().block();
		assertThat(count("""
				MATCH (g:Figure {kind: 'withdrawal-cost'})-[:FOR]->(:Force {id: 'west-mercia'})
				WHERE g.amount IN [10500000.0, 10700000.0, 10770000.0] RETURN count(DISTINCT g.amount)"""))
			.isEqualTo(3);
		assertThat(count("MATCH (p:Person) WHERE p.name IS NOT NULL OR p.contact IS NOT NULL RETURN count(p)"))
			.isZero();
		assertThat(count("MATCH (l:Lesson)-[:LEARNED_IN]->(:Collaboration) RETURN count(l)")).isGreaterThan(20);
	}

	@Test
	void theDemoRegisterHoldsTheCorrectedFactsMarkedAsTheSourcesGiveThem() {
		seed.seedIfEmpty().block();
		web.get().uri("/api/collaborations/nwmpg").exchange().expectBody()
			// exit known only as "2018" (review and announcement): approximate
			.jsonPath("$.members[?(@.force == 'lancashire')].confidence").isEqualTo(List.of("approximate"))
			.jsonPath("$.costSharing.method").isEqualTo("formula")
			.jsonPath("$.costSharing.weights[*].name")
			.isEqualTo(List.of("demography", "length of motorway", "number of incidents"))
			.jsonPath("$.costSharing.weights[*].values[*]").isEmpty();
		web.get().uri("/api/collaborations/west-mercia-warwickshire").exchange().expectBody()
			.jsonPath("$.functions").isEmpty()
			.jsonPath("$.terms.noticeMonths.value").isEqualTo(12)
			.jsonPath("$.terms.noticeMonths.confidence").isEqualTo("derived")
			.jsonPath("$.terms.noticesServed[0].date").isEqualTo("2018-10")
			.jsonPath("$.terms.staffing[?(@.force == 'west-mercia')].share").isEqualTo(List.of(0.69))
			.jsonPath("$.terms.governance.value").isEqualTo("50:50")
			.jsonPath("$.costSharing").doesNotExist()
			.jsonPath("$.figures[?(@.amount == 35000000.0)].confidence").isEqualTo(List.of("unconfirmed"))
			.jsonPath("$.figures[?(@.amount == 270000.0)].kind").isEqualTo(List.of("withdrawal-cost"));
		web.get().uri("/api/collaborations/cmpg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'warwickshire')].leftDateUnknown").isEqualTo(List.of(true))
			.jsonPath("$.members[?(@.force == 'warwickshire')].left").isEqualTo(java.util.Arrays.asList((Object) null));
		web.get().uri("/api/collaborations/west-mercia-warwickshire-interim").exchange().expectBody()
			.jsonPath("$.started").isEqualTo("2020-04")
			.jsonPath("$.ended").isEqualTo("2021-04")
			.jsonPath("$.functions").isEqualTo(List.of("finance", "forensics", "ict", "information-management"));
		web.get().uri("/api/collaborations/seven-force").exchange().expectBody()
			.jsonPath("$.budgets[0].amount").isEqualTo(1_300_000.0)
			.jsonPath("$.budgets[0].year").doesNotExist()
			.jsonPath("$.budgets[0].confidence").isEqualTo("approximate");
		web.get().uri("/api/collaborations/npas/benefits/hertfordshire-saving/progress").exchange().expectBody()
			.jsonPath("$.periods[0].planned").isEqualTo(125_000.0)
			.jsonPath("$.periods[0].realised").doesNotExist();
		assertThat(count("MATCH (l:Lesson) WHERE l.id STARTS WITH 'emsou-' AND l.date <> '2013' RETURN count(l)")).isZero();
		assertThat(count("MATCH (:Person {id: 'emopss-contact-nottinghamshire'})-[r:CONTACT_FOR]->() "
				+ "WHERE r.from = '2018-05-01' AND r.to IS NULL RETURN count(r)")).isEqualTo(1);
		// no benefit names a person: owners are roles, and none is recorded where the sources name none
		assertThat(count("MATCH (c:Collaboration) WHERE c.benefits CONTAINS '\"owner\"' RETURN count(c)")).isZero();
	}

	@Test
	void theMotorwayGroupsFormulaGivesNoRecomputedShareButNamesTheMissingValues() {
		var nwmpg = seed.demoRegister().collaborations().stream().filter(c -> c.id().equals("nwmpg")).findFirst()
			.orElseThrow();
		var after = new org.concordat.agreement.SharingFormula(nwmpg.costSharing())
			.among(List.of("cheshire", "greater-manchester", "merseyside"));
		assertThat(after.shares()).isNull();
		assertThat(after.missing()).hasSize(3 * 3 + 3); // three weights not stated, nine values not known
		assertThat(after.illustration()).containsEntry("cheshire", 1.0 / 3);
		assertThat(after.illustrationLabel()).startsWith("illustration only");
	}

	/**
	 * The export holds what the seed file says, every figure included (39; a figure id that ignored the note
	 * once made two of them one). The file is compared as a client would read it: absent, null and empty the
	 * same, numbers by value, arrays in any order; the versions, the ids given to figures and the derived
	 * {@code hostForce} are the export's own.
	 */
	@Test
	void theExportHoldsTheSeedFileAsWrittenEveryFigureIncluded() throws java.io.IOException {
		seed.seedIfEmpty().block();
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		tools.jackson.databind.JsonNode file;
		try (var in = new org.springframework.core.io.ClassPathResource(DemoSeed.LOCATION).getInputStream()) {
			file = json.readTree(in);
		}
		tools.jackson.databind.JsonNode exported = json.readTree(web.get().uri("/api/export").exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
		assertThat(exported.findValues("figures").stream().mapToInt(tools.jackson.databind.JsonNode::size).sum())
			.isEqualTo(39);
		assertThat(count("MATCH (g:Figure) RETURN count(g)")).isEqualTo(39);
		Map<String, Object> fromExport = Canonical.of(exported, true);
		Map<String, Object> fromFile = Canonical.of(file, true);
		assertThat(fromExport.keySet()).isEqualTo(fromFile.keySet());
		var softly = new org.assertj.core.api.SoftAssertions();
		for (String section : fromFile.keySet()) {
			Map<Object, Object> inExport = byId(fromExport.get(section));
			Map<Object, Object> inFile = byId(fromFile.get(section));
			softly.assertThat(inExport.keySet()).as(section).isEqualTo(inFile.keySet());
			inFile.forEach((id, entity) -> softly.assertThat(inExport.get(id)).as(section + " " + id).isEqualTo(entity));
		}
		softly.assertAll();
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> byId(Object section) {
		Map<Object, Object> byId = new java.util.TreeMap<>();
		((List<Map<String, Object>>) section).forEach(entity -> byId.put(entity.get("id"), entity));
		return byId;
	}
}
