package org.concordat.register;

import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRules;
import org.concordat.collaboration.Figure;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.web.ConflictException;
import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;

/**
 * Checks a register document whole before anything is written. Every offending field is reported at once;
 * a document with only duplicate ids is a conflict (409), anything else invalid (400).
 */
public final class RegisterRules {

	private RegisterRules() {
	}

	/**
	 * @param existing ids already in the register that the document may refer to without defining them
	 * @param single true when the document carries one entity sent to its own endpoint: paths then start at
	 * the entity's fields ({@code name}) rather than at the document ({@code forces[0].name})
	 */
	public static void check(RegisterDocument doc, KnownIds existing, boolean single) {
		Checks checks = new Checks();
		KnownIds known = existing.plus(definedBy(doc));
		each(doc.functions(), "functions", single, checks, PolicingFunction::id, (f, at) -> {
			checks.slug(at + "id", f.id());
			checks.text(at + "name", f.name());
		});
		each(doc.forces(), "forces", single, checks, Force::id, (f, at) -> force(f, at, checks));
		each(doc.collaborations(), "collaborations", single, checks, Collaboration::id,
				(c, at) -> CollaborationRules.check(c, at, known, checks));
		each(doc.people(), "people", single, checks, Person::id, (p, at) -> person(p, at, known, checks));
		each(doc.lessons(), "lessons", single, checks, Lesson::id, (l, at) -> lesson(l, at, known, checks));
		figureIds(doc, single, checks);
		if (!checks.errors().isEmpty()) {
			List<FieldError> all = new ArrayList<>(checks.errors());
			all.addAll(checks.conflicts());
			throw new InvalidInputException(all);
		}
		if (!checks.conflicts().isEmpty()) {
			throw new ConflictException(checks.conflicts());
		}
	}

	/**
	 * Checks one entity of a document section ({@code functions}, {@code forces}, ...) with the same rules as
	 * a whole document, its fields named from {@code at} (e.g. {@code "collaborations[12]."}); for documents
	 * too large to hold, checked one entity at a time (the bulk load). Duplicate ids are the caller's to find.
	 */
	public static void checkEntity(String section, Object item, String at, KnownIds known, Checks checks) {
		switch (item) {
			case PolicingFunction f -> {
				checks.slug(at + "id", f.id());
				checks.text(at + "name", f.name());
			}
			case Force f -> force(f, at, checks);
			case Collaboration c -> CollaborationRules.check(c, at, known, checks);
			case Person p -> person(p, at, known, checks);
			case Lesson l -> lesson(l, at, known, checks);
			default -> throw new IllegalArgumentException("not an entity of a register document: " + section);
		}
		checks.strings(path(at), item);
	}

	/** {@code "forces[3]."} as the path of the entity itself, {@code "forces[3]"}; empty for a single entity. */
	private static String path(String at) {
		return at.isEmpty() ? "" : at.substring(0, at.length() - 1);
	}

	/** A figure id names one figure: given twice in a document, the second would overwrite the first. */
	private static void figureIds(RegisterDocument doc, boolean single, Checks checks) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < doc.collaborations().size(); i++) {
			Collaboration c = doc.collaborations().get(i);
			for (int j = 0; c != null && j < c.figures().size(); j++) {
				Figure f = c.figures().get(j);
				if (f != null && f.id() != null && !seen.add(f.id())) {
					checks.conflict((single ? "" : "collaborations[" + i + "].") + "figures[" + j + "].id",
							"duplicate figure id '" + f.id() + "'");
				}
			}
		}
	}

	public static KnownIds definedBy(RegisterDocument doc) {
		return new KnownIds(ids(doc.functions(), PolicingFunction::id), ids(doc.forces(), Force::id),
				ids(doc.collaborations(), Collaboration::id), ids(doc.people(), Person::id));
	}

	private static <T> void each(List<T> items, String list, boolean single, Checks checks, Function<T, String> id,
			java.util.function.BiConsumer<T, String> rule) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			String at = single ? "" : list + "[" + i + "].";
			if (item == null) {
				checks.add(list + "[" + i + "]", "must not be null");
				continue;
			}
			rule.accept(item, at);
			checks.strings(path(at), item);
			if (id.apply(item) != null && !seen.add(id.apply(item))) {
				checks.conflict(at + "id", "duplicate id '" + id.apply(item) + "'");
			}
		}
	}

	private static void force(Force f, String at, Checks checks) {
		checks.slug(at + "id", f.id());
		checks.text(at + "name", f.name());
		checks.text(at + "region", f.region());
		if (f.hq() != null) {
			checks.optionalText(at + "hq.town", f.hq().town());
			checks.between(at + "hq.lat", f.hq().lat(), -90, 90);
			checks.between(at + "hq.lon", f.hq().lon(), -180, 180);
		}
	}

	private static void person(Person p, String at, KnownIds known, Checks checks) {
		checks.slug(at + "id", p.id());
		if (p.name() == null && p.title() == null) {
			checks.add(at + "title", "a person needs a name or a role title");
		}
		checks.optionalText(at + "name", p.name());
		checks.optionalText(at + "title", p.title());
		checks.optionalText(at + "rank", p.rank());
		if (p.force() != null && !known.forces().contains(p.force())) {
			checks.add(at + "force", "unknown force '" + p.force() + "'");
		}
		for (int i = 0; i < p.leads().size(); i++) {
			Person.Lead lead = p.leads().get(i);
			if (lead == null) {
				checks.add(at + "leads[" + i + "]", "must not be null");
				continue;
			}
			period(at + "leads[" + i + "]", lead.collaboration(), lead.from(), lead.to(), known, checks);
		}
		for (int i = 0; i < p.contactFor().size(); i++) {
			Person.ContactRole role = p.contactFor().get(i);
			String field = at + "contactFor[" + i + "]";
			if (role == null) {
				checks.add(field, "must not be null");
				continue;
			}
			period(field, role.collaboration(), role.from(), role.to(), known, checks);
			for (int t = 0; t < role.topics().size(); t++) {
				String topic = role.topics().get(t);
				if (topic == null || !Lesson.THEMES.contains(topic) && !known.functions().contains(topic)) {
					checks.add(field + ".topics[" + t + "]", "'" + topic + "' is neither a function nor a lesson theme");
				}
			}
		}
	}

	private static void period(String field, String collaboration, String from, String to, KnownIds known,
			Checks checks) {
		if (collaboration == null || !known.collaborations().contains(collaboration)) {
			checks.add(field + ".collaboration", "unknown collaboration '" + collaboration + "'");
		}
		checks.notBefore(field + ".to", checks.date(field + ".to", to), checks.date(field + ".from", from), "from");
	}

	private static void lesson(Lesson l, String at, KnownIds known, Checks checks) {
		checks.slug(at + "id", l.id());
		checks.text(at + "title", l.title());
		checks.oneOf(at + "theme", l.theme(), Lesson.THEMES, true);
		checks.date(at + "date", l.date());
		if (l.collaboration() == null || !known.collaborations().contains(l.collaboration())) {
			checks.add(at + "collaboration", "unknown collaboration '" + l.collaboration() + "'");
		}
		if (l.toldBy() != null && !known.people().contains(l.toldBy())) {
			checks.add(at + "toldBy", "unknown person '" + l.toldBy() + "'");
		}
	}

	private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		items.stream().filter(java.util.Objects::nonNull).map(id).forEach(ids::add);
		return ids;
	}
}
