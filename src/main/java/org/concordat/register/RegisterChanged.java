package org.concordat.register;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concordat.collaboration.Collaboration;
import org.concordat.entity.Entity;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;

/**
 * Published after a write to the register has committed: the document that was upserted, whether the
 * register was replaced whole, and for a delete the kind and id of what went and the entities whose links to it
 * went with it ({@link Entity#linked}), by kind. Listeners, such as the analytics snapshot, use it to catch up
 * without re-reading everything.
 */
public record RegisterChanged(RegisterDocument upserted, boolean replaced, Entity deletedKind, String deletedId,
		Map<Entity, List<String>> linked) {

	public static RegisterChanged upsert(RegisterDocument upserted, boolean replaced) {
		return new RegisterChanged(upserted, replaced, null, null, Map.of());
	}

	/** The register may have changed anywhere (a replacing import, a bulk load): read it whole. */
	public static RegisterChanged wholeRegister() {
		return upsert(RegisterDocument.empty(), true);
	}

	public static RegisterChanged deletion(Entity kind, String id, Map<Entity, List<String>> linked) {
		return new RegisterChanged(RegisterDocument.empty(), false, kind, id, linked);
	}

	/** The ids of what the change wrote or deleted, by kind (every kind listed, most of them empty). */
	public Map<Entity, List<String>> touched() {
		Map<Entity, List<String>> touched = new EnumMap<>(Entity.class);
		touched.put(Entity.FUNCTION, upserted.functions().stream().map(PolicingFunction::id).toList());
		touched.put(Entity.FORCE, upserted.forces().stream().map(Force::id).toList());
		touched.put(Entity.COLLABORATION, upserted.collaborations().stream().map(Collaboration::id).toList());
		touched.put(Entity.PERSON, upserted.people().stream().map(Person::id).toList());
		touched.put(Entity.LESSON, upserted.lessons().stream().map(Lesson::id).toList());
		linked.forEach((kind, ids) -> touched.merge(kind, ids, RegisterChanged::union));
		if (deletedKind != null) { // a deletion writes nothing else (its document is empty)
			touched.merge(deletedKind, List.of(deletedId), RegisterChanged::union);
		}
		return touched;
	}

	private static List<String> union(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
	}
}
