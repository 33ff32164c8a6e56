package org.concordat.collaboration;

import static org.concordat.entity.StatementRows.row;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/**
 * How collaborations are written: the statements the register's writer runs (the collaboration, then, once every
 * collaboration of the write exists, its dependencies, partners, memberships and figures), and their parameter
 * rows.
 */
public final class CollaborationWrites {

	private static final String CONFIRMED = "confirmed";

	public static final String COLLABORATIONS = """
			UNWIND $rows AS row
			MERGE (c:Collaboration {id: row.id}) SET c += row.props, c.version = $version
			WITH c, row
			OPTIONAL MATCH (c)-[old:COVERS|DEPENDS_ON]->()
			DELETE old
			WITH DISTINCT c, row
			OPTIONAL MATCH (:Partner)-[oldPartner:PARTNER_IN]->(c)
			DELETE oldPartner
			WITH DISTINCT c, row
			UNWIND row.functions AS functionId
			MATCH (f:Function {id: functionId})
			MERGE (c)-[:COVERS]->(f)""";

	// After all collaborations exist: a document may name a dependency before defining it.
	public static final String DEPENDENCIES = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.id})
			UNWIND row.dependsOn AS dependency
			MATCH (d:Collaboration {id: dependency.id})
			MERGE (c)-[link:DEPENDS_ON]->(d) SET link.confidence = dependency.confidence""";

	public static final String PARTNERS = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.id})
			UNWIND row.partners AS name
			MERGE (p:Partner {name: name})
			MERGE (p)-[:PARTNER_IN]->(c)""";

	// A membership is its collaboration's, but a force shows its memberships too (ForceDetail): one that changed
	// gives the force a new version as well, one written again unchanged does not.
	public static final String MEMBERSHIPS = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.collaboration}), (f:Force {id: row.force})
			MERGE (f)-[m:MEMBER_OF {joinedKey: row.joinedKey}]->(c)
			WITH f, m, row, properties(m) AS before
			SET m += row.props
			WITH f, m, before WHERE before <> properties(m)
			SET f.version = $version""";

	public static final String FIGURES = """
			UNWIND $rows AS row
			MATCH (c:Collaboration {id: row.collaboration})
			MERGE (g:Figure {id: row.id}) SET g += row.props
			WITH g, c, row
			OPTIONAL MATCH (g)-[old:OF|FOR]->()
			DELETE old
			WITH DISTINCT g, c, row
			MERGE (g)-[:OF]->(c)
			WITH g, row WHERE row.force IS NOT NULL
			MATCH (f:Force {id: row.force})
			MERGE (g)-[:FOR]->(f)""";

	/** One figure of one collaboration taken away ({@link FigureDeletes}); its collaboration is written after it. */
	public static final String DELETE_FIGURE = """
			MATCH (g:Figure {id: $figure})-[:OF]->(:Collaboration {id: $collaboration})
			DETACH DELETE g""";

	private CollaborationWrites() {
	}

	/** The rows of {@link #COLLABORATIONS}, {@link #DEPENDENCIES} and {@link #PARTNERS}. */
	public static List<Map<String, Object>> rows(List<Collaboration> collaborations) {
		return collaborations.stream().map(c -> row("id", c.id(), "props", collaborationProps(c), "functions",
				c.functions(), "dependsOn", dependencies(c), "partners", c.partners())).toList();
	}

	/**
	 * The terms, cost sharing, budgets and benefits are stored as JSON text, read and written whole with the
	 * collaboration; {@code annualCost} is the running cost derived from the budgets, kept for the analytics
	 * snapshot, and {@code legalBasis} (now in the terms) is cleared where an older write left it.
	 */
	private static Map<String, Object> collaborationProps(Collaboration c) {
		return row("name", c.name(), "kind", c.kind(), "scope", c.scope(), "purpose", c.purpose(), "status",
				c.status(), "started", c.started(), "ended", c.ended(), "legalBasis", null, "annualCost",
				c.annualCost(), "confidence", orConfirmed(c.confidence()), "sources", c.sources(), "terms",
				json(c.terms()), "costSharing", json(c.costSharing()), "budgets",
				c.budgets().isEmpty() ? null : json(c.budgets()), "benefits",
				c.benefits().isEmpty() ? null : json(c.benefits()));
	}

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private static String json(Object value) {
		return value == null ? null : JSON.writeValueAsString(value);
	}

	private static List<Map<String, Object>> dependencies(Collaboration c) {
		return c.dependsOn().stream()
			.map(d -> row("id", d, "confidence", orConfirmed(c.dependencyConfidence().get(d))))
			.toList();
	}

	public static List<Map<String, Object>> membershipRows(List<Collaboration> collaborations) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Collaboration c : collaborations) {
			for (Membership m : c.members()) {
				rows.add(row("collaboration", c.id(), "force", m.force(), "joinedKey", Objects.toString(m.joined(), ""),
						"props", row("joined", m.joined(), "left", m.left(), "role", m.role() == null ? "member" : m.role(),
								"costShare", m.costShare(), "confidence", orConfirmed(m.confidence()), "leftDateUnknown",
								Boolean.TRUE.equals(m.leftDateUnknown()) ? true : null)));
			}
		}
		return rows;
	}

	public static List<Map<String, Object>> figureRows(List<Collaboration> collaborations) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Collaboration c : collaborations) {
			for (Figure f : c.figures()) {
				rows.add(row("id", f.id() != null ? f.id() : figureId(c.id(), f), "collaboration", c.id(), "force",
						f.force(), "props", row("kind", f.kind(), "amount", f.amount(), "period", f.period(), "date",
								f.date(), "source", f.source(), "note", f.note(), "confidence", orConfirmed(f.confidence()))));
			}
		}
		return rows;
	}

	/**
	 * A figure without an id is named by a digest of everything it says, as it is stored (confidence defaulted),
	 * and of its collaboration: the same figure imported twice stays one figure, and two figures that differ in
	 * any field (a note, a confidence) stay two. Each field is written with its length, so no value can pass for
	 * the end of another; 64 bits of SHA-256 within one collaboration and kind make a collision beyond reach.
	 */
	public static String figureId(String collaboration, Figure f) {
		StringBuilder content = new StringBuilder();
		for (Object field : new Object[] { collaboration, f.kind(), f.amount(), f.period(), f.date(), f.force(),
				f.source(), f.note(), orConfirmed(f.confidence()) }) {
			String text = field == null ? null : field.toString();
			content.append(text == null ? "-" : text.length() + ":" + text).append(';');
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return collaboration + "-" + f.kind() + "-" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

	private static String orConfirmed(String confidence) {
		return confidence == null ? CONFIRMED : confidence;
	}
}
