package org.concordat.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flattens a register document into the parameter rows of the write statements. Absent values become
 * explicit nulls, so {@code SET n += row.props} also clears what an update leaves out.
 */
public final class RegisterRows {

	private static final String CONFIRMED = "confirmed";

	private RegisterRows() {
	}

	public static List<Map<String, Object>> functions(RegisterDocument doc) {
		return doc.functions().stream().map(f -> row("id", f.id(), "name", f.name())).toList();
	}

	public static List<Map<String, Object>> forces(RegisterDocument doc) {
		return doc.forces().stream().map(RegisterRows::force).toList();
	}

	private static Map<String, Object> force(Force f) {
		Force.Headquarters hq = f.hq() == null ? new Force.Headquarters(null, null, null) : f.hq();
		return row("id", f.id(), "region", f.region(), "props",
				row("name", f.name(), "region", f.region(), "hqTown", hq.town(), "hqLat", hq.lat(), "hqLon", hq.lon()));
	}

	public static List<Map<String, Object>> collaborations(RegisterDocument doc) {
		return doc.collaborations().stream().map(c -> row("id", c.id(), "props", collaborationProps(c), "functions",
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

	public static List<Map<String, Object>> memberships(RegisterDocument doc) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Collaboration c : doc.collaborations()) {
			for (Membership m : c.members()) {
				rows.add(row("collaboration", c.id(), "force", m.force(), "joinedKey", Objects.toString(m.joined(), ""),
						"props", row("joined", m.joined(), "left", m.left(), "role", m.role() == null ? "member" : m.role(),
								"costShare", m.costShare(), "confidence", orConfirmed(m.confidence()), "leftDateUnknown",
								Boolean.TRUE.equals(m.leftDateUnknown()) ? true : null)));
			}
		}
		return rows;
	}

	public static List<Map<String, Object>> figures(RegisterDocument doc) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Collaboration c : doc.collaborations()) {
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
	static String figureId(String collaboration, Figure f) {
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

	public static List<Map<String, Object>> people(RegisterDocument doc) {
		return doc.people().stream().map(RegisterRows::person).toList();
	}

	private static Map<String, Object> person(Person p) {
		List<Map<String, Object>> leads = p.leads().stream()
			.map(l -> row("collaboration", l.collaboration(), "props", row("from", l.from(), "to", l.to())))
			.toList();
		List<Map<String, Object>> contacts = p.contactFor().stream()
			.map(r -> row("collaboration", r.collaboration(), "props",
					row("topics", r.topics().stream().sorted().toList(), "from", r.from(), "to", r.to())))
			.toList();
		return row("id", p.id(), "force", p.force(), "leads", leads, "contactFor", contacts, "props",
				row("name", p.name(), "title", p.title(), "rank", p.rank(), "contact", p.contact()));
	}

	public static List<Map<String, Object>> lessons(RegisterDocument doc) {
		return doc.lessons().stream().map(RegisterRows::lesson).toList();
	}

	private static Map<String, Object> lesson(Lesson l) {
		return row("id", l.id(), "collaboration", l.collaboration(), "toldBy", l.toldBy(), "props",
				row("title", l.title(), "summary", l.summary(), "theme", l.theme(), "date", l.date(), "source",
						l.source()));
	}

	private static String orConfirmed(String confidence) {
		return confidence == null ? CONFIRMED : confidence;
	}

	/** Map.of refuses nulls; rows need them. */
	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}
}
