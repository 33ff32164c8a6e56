package org.concordat.collaboration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Renames the figures the server named before ids became a digest over every field
 * ({@link CollaborationWrites#figureId}): their old names covered neither note nor confidence, so importing
 * such a figure again without its id made a second one. A figure counts as server-named when its id is the
 * old name of what it holds (a collaboration id, its kind and 4 bytes of SHA-256 over the collaboration, kind,
 * amount, period, date, force and source); ids a document gave keep their name. Figures the old names had
 * already merged stay merged: what told them apart was never stored.
 *
 * A figure imported again without its id since then is there twice, under both names: the old one is dropped.
 *
 * <p>A renamed figure changes what its collaboration shows, so the collaboration takes a new version: the
 * migration takes the change log's next number, as every write does, and records it as a change that asks
 * other instances to read the register whole.
 */
public class V008__Figure_ids_as_digests implements JavaBasedMigration {

	private static final String FIGURES = """
			MATCH (g:Figure)-[:OF]->(c:Collaboration)
			OPTIONAL MATCH (g)-[:FOR]->(f:Force)
			RETURN elementId(g) AS figure, g.id AS id, c.id AS collaboration, g.kind AS kind, g.amount AS amount,
			  g.period AS period, g.date AS date, f.id AS force, g.source AS source, g.note AS note,
			  g.confidence AS confidence""";

	private static final String NEXT_CHANGE = """
			MERGE (s:ChangeSequence {id: 'register'})
			ON CREATE SET s.epoch = randomUUID()
			SET s.seq = coalesce(s.seq, 0) + 1
			CREATE (:Change {seq: s.seq, at: datetime(), instance: 'migration V008', rebuild: true,
			  functions: [], forces: [], collaborations: [], people: [], lessons: []})
			RETURN s.seq""";

	private static final String NEW_VERSIONS = """
			UNWIND $renames AS rename
			MATCH (g:Figure)-[:OF]->(c:Collaboration) WHERE elementId(g) = rename.figure
			SET c.version = $version""";

	// imported again without its id since ids became digests, the figure is there twice: the old one goes
	private static final String DROP_SECOND_COPIES = """
			UNWIND $renames AS rename
			MATCH (g:Figure) WHERE elementId(g) = rename.figure AND EXISTS { MATCH (:Figure {id: rename.id}) }
			DETACH DELETE g""";

	private static final String RENAME = """
			UNWIND $renames AS rename
			MATCH (g:Figure) WHERE elementId(g) = rename.figure
			SET g.id = rename.id""";

	@Override
	public void apply(MigrationContext context) {
		try (var session = context.getSession()) {
			List<Map<String, Object>> renames = session.executeRead(tx -> tx.run(FIGURES).list(this::renameIfServerNamed))
				.stream().filter(r -> r != null).toList();
			if (!renames.isEmpty()) {
				session.executeWriteWithoutResult(tx -> {
					long version = tx.run(NEXT_CHANGE).single().get(0).asLong();
					tx.run(NEW_VERSIONS, Map.of("renames", renames, "version", version)).consume();
					tx.run(DROP_SECOND_COPIES, Map.of("renames", renames)).consume();
					tx.run(RENAME, Map.of("renames", renames)).consume();
				});
			}
		}
	}

	private Map<String, Object> renameIfServerNamed(Record r) {
		String collaboration = r.get("collaboration").asString();
		Figure figure = new Figure(null, text(r.get("kind")), r.get("amount").isNull() ? null : r.get("amount").asDouble(),
				text(r.get("period")), text(r.get("date")), text(r.get("force")), text(r.get("source")),
				text(r.get("note")), text(r.get("confidence")));
		String id = text(r.get("id"));
		if (id == null || !id.equals(oldName(collaboration, figure))) {
			return null;
		}
		return Map.of("figure", r.get("figure").asString(), "id", CollaborationWrites.figureId(collaboration, figure));
	}

	/** The name the server gave a figure without an id before it covered every field. */
	static String oldName(String collaboration, Figure f) {
		String content = String.join("|", collaboration, f.kind(), String.valueOf(f.amount()), f.period() + "",
				f.date() + "", f.force() + "", f.source() + "");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return collaboration + "-" + f.kind() + "-" + HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

	private static String text(Value v) {
		return v.isNull() ? null : v.asString();
	}
}
