package org.concordat.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRules;
import org.concordat.collaboration.Figure;
import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.force.Force;
import org.concordat.force.ForceRules;
import org.concordat.function.FunctionRules;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.lessons.LessonRules;
import org.concordat.people.Person;
import org.concordat.people.PersonRules;
import org.concordat.web.ConflictException;
import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;

/**
 * Checks a register document whole before anything is written, each entity by its own concept's rules
 * ({@link FunctionRules}, {@link ForceRules}, {@link CollaborationRules}, {@link PersonRules},
 * {@link LessonRules}) and the document for what no one entity can see: duplicate ids and figure ids. Every
 * offending field is reported at once; a document with only duplicate ids is a conflict (409), anything else
 * invalid (400).
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
		each(doc.functions(), "functions", single, checks, PolicingFunction::id,
				(f, at) -> FunctionRules.check(f, at, checks));
		each(doc.forces(), "forces", single, checks, Force::id, (f, at) -> ForceRules.check(f, at, checks));
		each(doc.collaborations(), "collaborations", single, checks, Collaboration::id,
				(c, at) -> CollaborationRules.check(c, at, known, checks));
		each(doc.people(), "people", single, checks, Person::id, (p, at) -> PersonRules.check(p, at, known, checks));
		each(doc.lessons(), "lessons", single, checks, Lesson::id, (l, at) -> LessonRules.check(l, at, known, checks));
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
			case PolicingFunction f -> FunctionRules.check(f, at, checks);
			case Force f -> ForceRules.check(f, at, checks);
			case Collaboration c -> CollaborationRules.check(c, at, known, checks);
			case Person p -> PersonRules.check(p, at, known, checks);
			case Lesson l -> LessonRules.check(l, at, known, checks);
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

	private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		items.stream().filter(java.util.Objects::nonNull).map(id).forEach(ids::add);
		return ids;
	}
}
