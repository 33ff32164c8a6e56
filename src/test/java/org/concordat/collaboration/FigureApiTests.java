package org.concordat.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A collaboration's figures read on their own, one edited in place and one deleted with the collaboration's version. */
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

	@SuppressWarnings("unchecked")
	private Map<String, Object> figure(String collaboration, String id) {
		List<?> figures = web.get().uri("/api/collaborations/" + collaboration + "/figures").exchange()
			.expectBody(List.class).returnResult().getResponseBody();
		return figures.stream().map(f -> (Map<String, Object>) f).filter(f -> id.equals(f.get("id"))).findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> edited(Map<String, Object> figure, Object... changes) {
		Map<String, Object> out = new java.util.HashMap<>(figure);
		for (int i = 0; i < changes.length; i += 2) {
			if (changes[i + 1] == null) {
				out.remove((String) changes[i]);
			}
			else {
				out.put((String) changes[i], changes[i + 1]);
			}
		}
		return out;
	}

	@Test
	void aFigureIsEditedInPlaceUnderItsIdAuditedAndInTheChangeLog() {
		load(Fixtures.tinyRegister());
		String id = firstFigure("mg");
		Map<String, Object> before = figure("mg", id);
		String version = etag("/api/collaborations/mg");

		web.put().uri("/api/collaborations/mg/figures/" + id).header("If-Match", version)
			.bodyValue(edited(before, "amount", 1_350_000, "note", "restated in the 2020 accounts", "confidence", "approximate"))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().value("ETag", etag -> assertThat(etag).isNotEqualTo(version))
			.expectBody()
			.jsonPath("$.id").isEqualTo(id)
			.jsonPath("$.amount").isEqualTo(1_350_000.0)
			.jsonPath("$.note").isEqualTo("restated in the 2020 accounts");

		// the same figure, changed: not a second one, and the source and kind it was not sent changed are kept
		Map<String, Object> after = figure("mg", id);
		assertThat(after).containsEntry("amount", 1_350_000.0).containsEntry("confidence", "approximate")
			.containsEntry("kind", before.get("kind")).containsEntry("source", before.get("source"));
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.figures.length()").isEqualTo(1)
			.jsonPath("$.members.length()").isEqualTo(3);
		assertThat(count("MATCH (g:Figure)-[:OF]->(:Collaboration {id: 'mg'}) RETURN count(g) AS n")).isEqualTo(1);
		web.get().uri("/api/audit?entity=collaboration:mg&limit=1").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].action").isEqualTo("update")
			.jsonPath("$[0].endpoint").isEqualTo("PUT /api/collaborations/mg/figures/" + id)
			.jsonPath("$[0].changes[0].fields[?(@.field == 'figures[" + id + "].amount')].before").isEqualTo(1_200_000.0)
			.jsonPath("$[0].changes[0].fields[?(@.field == 'figures[" + id + "].amount')].after").isEqualTo(1_350_000.0);
		long seq = newestChange();
		assertThat(count("MATCH (c:Change {seq: " + seq + "}) WHERE 'mg' IN c.collaborations RETURN count(c) AS n"))
			.isEqualTo(1);

		// a field left out is no longer recorded: the body is the whole figure
		web.put().uri("/api/collaborations/mg/figures/" + id).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(after, "note", null)).exchange().expectStatus().isOk();
		assertThat(figure("mg", id)).containsEntry("note", null).containsEntry("amount", 1_350_000.0);
	}

	@Test
	void anOlderDocumentsFigureWithoutAnIdIsKnownAsTheOneCorrectedSinceAndNeitherUndoesNorDuplicatesIt() {
		load(Fixtures.tinyRegister());
		String id = firstFigure("mg");
		// the same document again, nothing edited: nothing superseded, still one figure
		web.post().uri("/api/import?mode=merge").contentType(MediaType.APPLICATION_JSON).bodyValue(Fixtures.tinyRegister())
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.supersededFigures.length()").isEqualTo(0);
		web.put().uri("/api/collaborations/mg/figures/" + id).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(figure("mg", id), "amount", 1_350_000)).exchange().expectStatus().isOk();

		// the older document says what the figure said before the correction, without an id
		web.post().uri("/api/import?mode=merge").contentType(MediaType.APPLICATION_JSON).bodyValue(Fixtures.tinyRegister())
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.supersededFigures.length()").isEqualTo(1)
			.jsonPath("$.supersededFigures[0].collaboration").isEqualTo("mg")
			.jsonPath("$.supersededFigures[0].figure").isEqualTo(id);
		assertThat(figure("mg", id)).containsEntry("amount", 1_350_000.0);
		assertThat(count("MATCH (g:Figure)-[:OF]->(:Collaboration {id: 'mg'}) RETURN count(g) AS n")).isEqualTo(1);

		// sent through the collaboration's own PUT it is left out the same way
		Map<?, ?> mg = web.get().uri("/api/collaborations/mg").exchange().expectBody(Map.class).returnResult()
			.getResponseBody();
		Map<String, Object> resent = new java.util.HashMap<>();
		mg.forEach((k, v) -> resent.put((String) k, v));
		Map<String, Object> old = new java.util.HashMap<>(figure("mg", id));
		old.remove("id");
		old.put("amount", 1_200_000.0);
		resent.put("figures", List.of(old));
		web.put().uri("/api/collaborations/mg").header("If-Match", etag("/api/collaborations/mg")).bodyValue(resent)
			.exchange().expectStatus().isOk();
		assertThat(figure("mg", id)).containsEntry("amount", 1_350_000.0);
		assertThat(count("MATCH (g:Figure)-[:OF]->(:Collaboration {id: 'mg'}) RETURN count(g) AS n")).isEqualTo(1);
	}

	@Test
	void anEditIsRefusedWithTheFigureFieldsNamedAndChangesNothing() {
		load(Fixtures.tinyRegister());
		String id = firstFigure("mg");
		Map<String, Object> stored = figure("mg", id);
		String version = etag("/api/collaborations/mg");
		String uri = "/api/collaborations/mg/figures/" + id;

		web.put().uri(uri).bodyValue(stored).exchange()
			.expectStatus().isEqualTo(428).expectHeader().contentType("application/problem+json");
		web.put().uri(uri).header("If-Match", "\"0\"").bodyValue(stored).exchange()
			.expectStatus().isEqualTo(412).expectHeader().contentType("application/problem+json");
		web.put().uri("/api/collaborations/mg/figures/no-such-figure").header("If-Match", version)
			.bodyValue(edited(stored, "id", null)).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("figureId");
		web.put().uri("/api/collaborations/no-such/figures/" + id).header("If-Match", version).bodyValue(stored)
			.exchange().expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		web.put().uri(uri).header("If-Match", version).bodyValue(edited(stored, "id", "another")).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
		// the figure's own rules, named by the figure's fields
		web.put().uri(uri).header("If-Match", version)
			.bodyValue(edited(stored, "amount", -5, "kind", "guess", "date", "2019-13", "force", "no-such-force"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'amount')]").exists()
			.jsonPath("$.errors[?(@.field == 'kind')]").exists()
			.jsonPath("$.errors[?(@.field == 'date')]").exists()
			.jsonPath("$.errors[?(@.field == 'force')]").exists();
		web.put().uri(uri).header("If-Match", version).bodyValue(edited(stored, "amount", null)).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
		// none of the refusals changed anything
		assertThat(etag("/api/collaborations/mg")).isEqualTo(version);
		assertThat(figure("mg", id)).isEqualTo(stored);
	}

	@Test
	void anEditorEditsFiguresOfWhatItLeadsOrRecordedForItsForcesAndNoOthers() {
		load(Fixtures.tinyRegister());
		String whole = firstFigure("mg"); // recorded for the group as a whole; aford hosts mg, bford is a member
		Map<String, Object> stored = figure("mg", whole);
		String uri = "/api/collaborations/mg/figures/" + whole;
		as(Role.VIEWER).put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "amount", 1)).exchange().expectStatus().isForbidden();
		as(Role.EDITOR, "bford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "amount", 1)).exchange().expectStatus().isForbidden();
		// nor may a member take a figure of the whole group as its own
		as(Role.EDITOR, "bford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "force", "bford")).exchange().expectStatus().isForbidden();
		assertThat(figure("mg", whole)).isEqualTo(stored);
		as(Role.EDITOR, "aford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "force", "bford")).exchange().expectStatus().isOk();
		// now recorded for bford: bford's editor may edit it, but not give it to another force
		as(Role.EDITOR, "bford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "force", "bford", "amount", 400_000)).exchange().expectStatus().isOk();
		as(Role.EDITOR, "bford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "force", "cford", "amount", 400_000)).exchange().expectStatus().isForbidden();
		as(Role.EDITOR, "cford").put().uri(uri).header("If-Match", etag("/api/collaborations/mg"))
			.bodyValue(edited(stored, "force", "bford", "amount", 1)).exchange().expectStatus().isForbidden();
		assertThat(figure("mg", whole)).containsEntry("force", "bford").containsEntry("amount", 400_000.0);
	}
}
