package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.concordat.analytics.snapshot.Facts.Role;
import org.concordat.people.Person;

/**
 * Lead and contact roles as columns, each pointing at its person's row: a person's id, title, rank and force
 * are stored once, not once per role. Titles and ranks are codes (a handful of each); topic sets are codes
 * into one shared, immutable copy of each distinct set.
 */
final class RoleTable {

	final TextColumn personIds;

	final Coded<String> titles;

	final Coded<String> ranks;

	final WordColumn personForces;

	final PackedInts person;

	final PackedInts collab;

	final PackedInts lead;

	final Coded<Set<String>> topics;

	final DayColumn from;

	final DayColumn to;

	RoleTable(RoleTableBuilder b) {
		personIds = b.personIds.build();
		titles = b.titles.build();
		ranks = b.ranks.build();
		personForces = b.personForces.build();
		person = b.person.build();
		collab = b.collab.build();
		lead = PackedInts.of(b.lead, b.person.size());
		topics = b.topics.build();
		from = b.from.build();
		to = b.to.build();
	}

	int size() {
		return lead.size();
	}

	int collab(int r) {
		return collab.get(r);
	}

	int from(int r) {
		return from.get(r);
	}

	Role get(int r) {
		int p = person.get(r);
		return new Role(personIds.get(p), titles.get(p), ranks.get(p), personForces.get(p), collab.get(r), lead.get(r) != 0,
				topics.get(r), from.get(r), to.get(r));
	}

	static RoleTable of(List<Person> people, ToIntFunction<String> collabIndex) {
		RoleTableBuilder b = new RoleTableBuilder(null);
		people.forEach(p -> b.add(p, collabIndex));
		return b.build();
	}

	/** The old roles less those of the people changed or deleted, then the changed people's; the old if none. */
	static RoleTable with(RoleTable old, SnapshotChanges changes, ToIntFunction<String> collabIndex) {
		if (changes.people().isEmpty() && changes.deletedPeople().isEmpty()) {
			return old;
		}
		Set<String> gone = new HashSet<>(changes.deletedPeople());
		changes.people().forEach(p -> gone.add(p.id()));
		RoleTableBuilder b = new RoleTableBuilder(old);
		Map<Integer, Integer> kept = new HashMap<>();
		for (int r = 0; r < old.size(); r++) {
			int p = old.person.get(r);
			if (!gone.contains(old.personIds.get(p))) {
				int np = kept.computeIfAbsent(p, x -> b.copyPerson(x));
				b.role(np, old.collab.get(r), old.lead.get(r) != 0, old.topics.get(r), old.from.get(r), old.to.get(r));
			}
		}
		changes.people().forEach(p -> b.add(p, collabIndex));
		return b.build();
	}
}
