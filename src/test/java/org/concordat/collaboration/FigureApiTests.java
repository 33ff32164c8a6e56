package org.concordat.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.Test;

/** A collaboration's figures read on their own, and one deleted with the collaboration's version. */
class FigureApiTests extends ApiTest {

	private String firstFigure(String collaboration) {
		List<?> ids = web.get().uri("/api/collaborations/" + collaboration + "/figures").exchange()
			.expectStatus().isOk()
			.expectBody(List.class).returnResult().getResponseBody();
		assertThat(ids).isNotEmpty();
		return String.valueOf(((Map<?, ?>) ids.getFirst()).get("id"));
	}

	private long newestChange() {
		return count("OPTIONAL MATCH (s:ChangeSequence {id: 'register'}) RETURN coalesce(s.seq, 0) AS n");
	}

	@Test
	void aFigureIsDeletedWithTheCollaborationsVersionAuditedAndInTheChangeLog() {
		load(Fixtures.tinyRegister());
		String figure = firstFigure("mg");
		String before = etag("/api/collaborations/mg");
		web.get().uri("/api/collaborations/mg/figures").exchange().expectHeader().valueEquals("ETag", before);

		web.delete().uri("/api/collaborations/mg/figures/" + figure).header("If-Match", before).exchange()
			.expectStatus().isNoContent();

		String after = etag("/api/collaborations/mg");
		assertThat(after).isNotEqualTo(before);
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.figures.length()").isEqualTo(0)
			// nothing else of the collaboration went with it
			.jsonPath("$.members.length()").isEqualTo(3)
			.jsonPath("$.benefits[0].id").isEqualTo("mg-calls");
		assertThat(count("MATCH (g:Figure {id: '" + figure + "'}) RETURN count(g) AS n")).isZero();
		// one entry in the audit, as a change of the collaboration with the figure's fields before and after
		web.get().uri("/api/audit?entity=collaboration:mg&limit=1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].action").isEqualTo("update")
			.jsonPath("$[0].endpoint").value(endpoint -> assertThat((String) endpoint).startsWith("DELETE /api/collaborations/mg/figures/"))
			.jsonPath("$[0].changes[0].fields[?(@.field == 'figures[" + figure + "].amount')].before")
			.isEqualTo(1_200_000.0);
		// the change log names the collaboration, so every instance's snapshot re-reads it
		long seq = newestChange();
		assertThat(count("MATCH (c:Change {seq: " + seq + "}) WHERE 'mg' IN c.collaborations RETURN count(c) AS n"))
			.isEqualTo(1);
		assertThat(snapshots.catchUp().block()).isNotNull();
		assertThat(snapshots.state().position()).isEqualTo(seq);
	}

	@Test
	void aDeleteNeedsTheVersionAndAFigureThatIsThere() {
		load(Fixtures.tinyRegister());
		String figure = firstFigure("mg");
		String version = etag("/api/collaborations/mg");
		web.delete().uri("/api/collaborations/mg/figures/" + figure).exchange()
			.expectStatus().isEqualTo(428)
			.expectHeader().contentType("application/problem+json");
		web.delete().uri("/api/collaborations/mg/figures/" + figure).header("If-Match", "\"0\"").exchange()
			.expectStatus().isEqualTo(412)
			.expectHeader().contentType("application/problem+json");
		web.delete().uri("/api/collaborations/mg/figures/no-such-figure").header("If-Match", version).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("figureId");
		web.delete().uri("/api/collaborations/no-such/figures/" + figure).header("If-Match", version).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		web.get().uri("/api/collaborations/no-such/figures").exchange().expectStatus().isNotFound();
		// none of the refusals changed anything
		assertThat(etag("/api/collaborations/mg")).isEqualTo(version);
		assertThat(count("MATCH (g:Figure {id: '" + figure + "'}) RETURN count(g) AS n")).isEqualTo(1);
	}

	@Test
	void anEditorDeletesFiguresOfWhatItLeadsOrRecordedForItsForcesAndNoOthers() {
		load(Fixtures.tinyRegister());
		String whole = firstFigure("mg"); // recorded for the group as a whole
		// bford is only a member of mg: not a figure of the whole group
		as(Role.EDITOR, "bford").delete().uri("/api/collaborations/mg/figures/" + whole)
			.header("If-Match", etag("/api/collaborations/mg")).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("hosts or leads 'mg'"));
		as(Role.VIEWER).delete().uri("/api/collaborations/mg/figures/" + whole)
			.header("If-Match", etag("/api/collaborations/mg")).exchange().expectStatus().isForbidden();
		// aford hosts mg
		as(Role.EDITOR, "aford").delete().uri("/api/collaborations/mg/figures/" + whole)
			.header("If-Match", etag("/api/collaborations/mg")).exchange().expectStatus().isNoContent();
		// the alliance's figures are recorded for aford, which leads it; dford hosts it
		String forAford = firstFigure("alliance");
		as(Role.EDITOR, "cford").delete().uri("/api/collaborations/alliance/figures/" + forAford)
			.header("If-Match", etag("/api/collaborations/alliance")).exchange().expectStatus().isForbidden();
		as(Role.EDITOR, "dford").delete().uri("/api/collaborations/alliance/figures/" + forAford)
			.header("If-Match", etag("/api/collaborations/alliance")).exchange().expectStatus().isNoContent();
		web.get().uri("/api/collaborations/alliance/figures").exchange().expectBody()
			.jsonPath("$.length()").isEqualTo(1);
	}

	@Test
	void anEditorOfAMemberDeletesTheFiguresRecordedForItsForce() {
		load(Fixtures.tinyRegister());
		// a figure recorded for bford, a member of mg (not its host or lead), added through the collaboration's PUT
		@SuppressWarnings("unchecked")
		Map<String, Object> mg = new java.util.HashMap<>(web.get().uri("/api/collaborations/mg").exchange()
			.expectBody(Map.class).returnResult().getResponseBody());
		mg.remove("hostForce");
		mg.remove("version");
		List<Object> figures = new java.util.ArrayList<>((List<?>) mg.get("figures"));
		figures.add(Map.of("kind", "annual-cost", "amount", 300_000, "date", "2019", "force", "bford",
				"source", "https://example.org/bford"));
		mg.put("figures", figures);
		web.put().uri("/api/collaborations/mg").header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(mg).exchange().expectStatus().isOk();
		List<?> stored = web.get().uri("/api/collaborations/mg/figures").exchange()
			.expectBody(List.class).returnResult().getResponseBody();
		String forBford = stored.stream().map(f -> (Map<?, ?>) f).filter(f -> "bford".equals(f.get("force")))
			.map(f -> String.valueOf(f.get("id"))).findFirst().orElseThrow();

		as(Role.EDITOR, "cford").delete().uri("/api/collaborations/mg/figures/" + forBford)
			.header("If-Match", etag("/api/collaborations/mg")).exchange().expectStatus().isForbidden();
		as(Role.EDITOR, "bford").delete().uri("/api/collaborations/mg/figures/" + forBford)
			.header("If-Match", etag("/api/collaborations/mg")).exchange().expectStatus().isNoContent();
		web.get().uri("/api/collaborations/mg/figures").exchange().expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].force").doesNotExist();
	}
}
