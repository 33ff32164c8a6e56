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

	private final TextColumn personIds;

	private final Coded<String> titles;

	private final Coded<String> ranks;

	private final TextColumn personForces;

	private final PackedInts person;

	private final PackedInts collab;

	private final PackedInts lead;

	private final Coded<Set<String>> topics;

	private final DayColumn from;

	private final DayColumn to;

	private RoleTable(Builder b) {
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

	int to(int r) {
		return to.get(r);
	}

	Set<String> topics(int r) {
		return topics.get(r);
	}

	Role get(int r) {
		int p = person.get(r);
		return new Role(personIds.get(p), titles.get(p), ranks.get(p), personForces.get(p), collab.get(r), lead.get(r) != 0,
				topics.get(r), from.get(r), to.get(r));
	}

	static RoleTable of(List<Person> people, ToIntFunction<String> collabIndex) {
		Builder b = new Builder(null);
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
		Builder b = new Builder(old);
		Map<Integer, Integer> kept = new HashMap<>();
		for (int r = 0; r < old.size(); r++) {
			int p = old.person.get(r);
			if (!gone.contains(old.personIds.get(p))) {
				int np = kept.computeIfAbsent(p, x -> b.copyPerson(old, x));
				b.role(np, old.collab.get(r), old.lead.get(r) != 0, old.topics.get(r), old.from.get(r), old.to.get(r));
			}
		}
		changes.people().forEach(p -> b.add(p, collabIndex));
		return b.build();
	}

	private static final class Builder {

		private final TextColumnBuilder personIds;

		private final Coded.Builder<String> titles;

		private final Coded.Builder<String> ranks;

		private final TextColumnBuilder personForces;

		private final PackedInts.Builder person = new PackedInts.Builder(64);

		private final PackedInts.Builder collab = new PackedInts.Builder(64);

		private int[] lead = new int[64];

		private final Coded.Builder<Set<String>> topics;

		private final DayColumn.Builder from;

		private final DayColumn.Builder to;

		Builder(RoleTable old) {
			titles = Coded.Builder.ofTexts(old == null ? null : old.titles, 64);
			ranks = Coded.Builder.ofTexts(old == null ? null : old.ranks, 64);
			topics = new Coded.Builder<>(old == null ? null : old.topics, 64, t -> t);
			from = new DayColumn.Builder(old == null ? null : old.from, 64);
			to = new DayColumn.Builder(old == null ? null : old.to, 64);
			personIds = new TextColumnBuilder(old == null ? null : old.personIds, 64, false);
			personForces = new TextColumnBuilder(old == null ? null : old.personForces, 64, true);
		}

		int copyPerson(RoleTable old, int p) {
			personIds.copy(p);
			personForces.copy(p);
			titles.copy(p);
			ranks.copy(p);
			return titles.size() - 1;
		}

		void add(Person p, ToIntFunction<String> collabIndex) {
			int row = -1;
			for (Person.Lead l : p.leads()) {
				row = add(p, row, l.collaboration(), true, Set.of(), l.from(), l.to(), collabIndex);
			}
			for (Person.ContactRole c : p.contactFor()) {
				row = add(p, row, c.collaboration(), false, Set.copyOf(c.topics()), c.from(), c.to(), collabIndex);
			}
		}

		private int add(Person p, int row, String collaboration, boolean isLead, Set<String> about, String start,
				String end, ToIntFunction<String> collabIndex) {
			int c = collaboration == null ? -1 : collabIndex.applyAsInt(collaboration);
			if (c < 0) {
				return row;
			}
			if (row < 0) {
				personIds.add(p.id());
				personForces.add(p.force());
				titles.add(p.title() != null ? p.title() : p.name());
				ranks.add(p.rank());
				row = titles.size() - 1;
			}
			role(row, c, isLead, about, Day.from(start), Day.until(end));
			return row;
		}

		void role(int p, int c, boolean isLead, Set<String> about, int start, int end) {
			int r = person.size();
			if (r == lead.length) {
				lead = java.util.Arrays.copyOf(lead, r * 2);
			}
			person.add(p);
			collab.add(c);
			lead[r] = isLead ? 1 : 0;
			topics.add(about);
			from.add(start);
			to.add(end);
		}

		RoleTable build() {
			return new RoleTable(this);
		}
	}
}
