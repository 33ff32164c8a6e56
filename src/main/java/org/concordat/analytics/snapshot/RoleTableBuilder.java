package org.concordat.analytics.snapshot;

import java.util.Set;
import java.util.function.ToIntFunction;

import org.concordat.people.Person;

/** Builds a {@link RoleTable}: people's roles, each person's texts once. */
final class RoleTableBuilder {

	final TextColumnBuilder personIds;

	final Coded.Builder<String> titles;

	final Coded.Builder<String> ranks;

	final WordColumnBuilder personForces;

	final PackedInts.Builder person = new PackedInts.Builder(64);

	final PackedInts.Builder collab = new PackedInts.Builder(64);

	int[] lead = new int[64];

	final Coded.Builder<Set<String>> topics;

	final DayColumn.Builder from;

	final DayColumn.Builder to;

	RoleTableBuilder(RoleTable old) {
		titles = Coded.Builder.ofTexts(old == null ? null : old.titles, 64);
		ranks = Coded.Builder.ofTexts(old == null ? null : old.ranks, 64);
		topics = new Coded.Builder<>(old == null ? null : old.topics, 64, t -> t);
		from = new DayColumn.Builder(old == null ? null : old.from, 64);
		to = new DayColumn.Builder(old == null ? null : old.to, 64);
		personIds = new TextColumnBuilder(old == null ? null : old.personIds, 64, false);
		personForces = new WordColumnBuilder(old == null ? null : old.personForces, 64);
	}

	int copyPerson(int p) {
		personIds.copy(p, 1);
		personForces.copy(p, 1);
		titles.copy(p, 1);
		ranks.copy(p, 1);
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

	int add(Person p, int row, String collaboration, boolean isLead, Set<String> about, String start,
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
