package org.concordat.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Figures the server named before ids covered every field are renamed to the digest; given ids stay. */
class FigureIdMigrationTests extends ApiTest {

	@Autowired
	private Driver driver;

	/** Motorway Group's own figure (the fixture gives it no id), as stored: confidence defaulted. */
	private static final Figure COSTS = new Figure(null, "annual-cost", 1_200_000.0, "per year", "2017", null,
			"https://example.org/mg-costs", null, "confirmed");

	private static final Figure SAVINGS = new Figure(null, "saving", 300_000.0, "per year", "2019", null,
			"https://example.org/mg-savings", "after the control room merged", "approximate");

	@Test
	void figuresNamedTheOldWayTakeTheDigestAndTheirCollaborationANewVersion() {
		load(Fixtures.tinyRegister());
		oldFigure(V008__Figure_ids_as_digests.oldName("mg", SAVINGS), SAVINGS);
		long before = count("MATCH (c:Collaboration {id: 'mg'}) RETURN c.version");
		migrate();
		assertThat(figureIds()).containsExactlyInAnyOrder(CollaborationWrites.figureId("mg", COSTS),
				CollaborationWrites.figureId("mg", SAVINGS));
		assertThat(count("MATCH (c:Collaboration {id: 'mg'}) RETURN c.version")).isGreaterThan(before);
		assertThat(count("MATCH (c:Change {instance: 'migration V008', rebuild: true}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void aFigureImportedAgainUnderItsDigestSinceIsKeptOnce() {
		load(Fixtures.tinyRegister()); // COSTS, named by the digest
		oldFigure(V008__Figure_ids_as_digests.oldName("mg", COSTS), COSTS); // and the same under its old name
		migrate();
		assertThat(figureIds()).containsExactly(CollaborationWrites.figureId("mg", COSTS));
	}

	@Test
	void anIdADocumentGaveIsLeftAloneAndNothingChangesWhenNoFigureIsOldNamed() {
		load(Fixtures.tinyRegister());
		oldFigure("mg-savings-given", SAVINGS);
		long before = count("MATCH (c:Collaboration {id: 'mg'}) RETURN c.version");
		migrate();
		assertThat(figureIds()).containsExactlyInAnyOrder(CollaborationWrites.figureId("mg", COSTS), "mg-savings-given");
		assertThat(count("MATCH (c:Collaboration {id: 'mg'}) RETURN c.version")).isEqualTo(before);
		assertThat(count("MATCH (c:Change {instance: 'migration V008'}) RETURN count(c)")).isZero();
	}

	private void oldFigure(String id, Figure f) {
		cypher.run("""
				MATCH (c:Collaboration {id: 'mg'})
				CREATE (g:Figure {id: $id, kind: $kind, amount: $amount, period: $period, date: $date, source: $source,
				  note: $note, confidence: $confidence})-[:OF]->(c)""",
				Map.of("id", id, "kind", f.kind(), "amount", f.amount(), "period", f.period(), "date", f.date(),
						"source", f.source(), "note", f.note() == null ? "" : f.note(), "confidence", f.confidence()))
			.block();
		if (f.note() == null) { // a property is absent, not empty, when a figure has no note
			cypher.run("MATCH (g:Figure {id: $id}) REMOVE g.note", Map.of("id", id)).block();
		}
	}

	private void migrate() {
		new V008__Figure_ids_as_digests().apply(MigrationContext.of(MigrationsConfig.defaultConfig(), driver));
	}

	private List<String> figureIds() {
		try (var session = driver.session()) {
			return session.run("MATCH (g:Figure)-[:OF]->(:Collaboration {id: 'mg'}) RETURN g.id AS id")
				.list(r -> r.get("id").asString());
		}
	}
}
