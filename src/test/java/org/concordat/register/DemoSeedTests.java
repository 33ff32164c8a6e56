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

	/**
	 * The export holds what the seed file says, every figure included (36; a figure id that ignored the note
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
			.isEqualTo(36);
		assertThat(count("MATCH (g:Figure) RETURN count(g)")).isEqualTo(36);
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
