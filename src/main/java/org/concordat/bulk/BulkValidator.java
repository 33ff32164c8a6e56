package org.concordat.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.concordat.collaboration.Collaboration;
import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterRules;
import org.concordat.web.FieldError;

/**
 * The validation pass of a bulk load, before anything is written. It reads the document twice, one entity at
 * a time: first the ids each section defines (and duplicates, and what cannot be bound), then every entity
 * against the register's own rules ({@link RegisterRules#checkEntity}) with references resolved against the
 * whole document plus the ids already in the register. Only ids are held, never the document. The first
 * {@link #LIMIT} problems are reported by field path, with the total.
 */
final class BulkValidator {

	static final int LIMIT = 100;

	private static final Map<String, Function<Object, String>> IDS = Map.of("functions",
			e -> ((PolicingFunction) e).id(), "forces", e -> ((Force) e).id(), "collaborations",
			e -> ((Collaboration) e).id(), "people", e -> ((Person) e).id(), "lessons", e -> ((Lesson) e).id());

	private final List<FieldError> errors = new ArrayList<>();

	private int problems;

	private final Map<String, Set<String>> defined = new HashMap<>();

	/** A figure id names one figure: given twice in a document, the second would overwrite the first. */
	private final Set<String> figureIds = new HashSet<>();

	/** Answers the counts of entities per section; throws with the problems found. */
	Map<String, Integer> validate(DocumentStream document, KnownIds existing) {
		Map<String, Integer> counts = new HashMap<>();
		DocumentStream.SECTIONS.forEach(s -> defined.put(s, new HashSet<>()));
		document.read(DocumentStream.SECTIONS, (section, index, value, error) -> {
			counts.merge(section, 1, Integer::sum);
			if (error != null) {
				problem(error);
				return;
			}
			String id = IDS.get(section).apply(value);
			if (id != null && !defined.get(section).add(id)) {
				problem(new FieldError(section + "[" + index + "].id", "duplicate id '" + id + "'"));
			}
			if (value instanceof Collaboration c) {
				for (int f = 0; f < c.figures().size(); f++) {
					String figure = c.figures().get(f) == null ? null : c.figures().get(f).id();
					if (figure != null && !figureIds.add(figure)) {
						problem(new FieldError(section + "[" + index + "].figures[" + f + "].id",
								"duplicate figure id '" + figure + "'"));
					}
				}
			}
		});
		KnownIds known = existing.plus(new KnownIds(defined.get("functions"), defined.get("forces"),
				defined.get("collaborations"), defined.get("people")));
		defined.clear();
		figureIds.clear();
		document.read(DocumentStream.SECTIONS, (section, index, value, error) -> {
			if (value != null) {
				Checks checks = new Checks();
				RegisterRules.checkEntity(section, value, section + "[" + index + "].", known, checks);
				checks.errors().forEach(this::problem);
				checks.conflicts().forEach(this::problem); // a membership or figure given twice, a figure of another
			}
		});
		if (problems > 0) {
			List<FieldError> reported = new ArrayList<>(errors);
			if (problems > errors.size()) {
				reported.add(new FieldError("document", problems + " problems in all; the first " + LIMIT + " are listed"));
			}
			throw new BulkLoadException(reported, 0);
		}
		return counts;
	}

	private void problem(FieldError error) {
		problems++;
		if (errors.size() < LIMIT) {
			errors.add(error);
		}
	}
}
