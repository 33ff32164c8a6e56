package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.analytics.snapshot.Facts.LessonFact;
import org.concordat.analytics.snapshot.Facts.Role;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;

/** Lead and contact roles, and lessons, as the contact finder and precedents need them. */
final class PeopleFacts {

	private PeopleFacts() {
	}

	static List<Role> roles(List<Person> people, Map<String, Integer> collabIndex) {
		List<Role> roles = new ArrayList<>();
		for (Person p : people) {
			for (Person.Lead lead : p.leads()) {
				add(roles, p, lead.collaboration(), true, Set.of(), lead.from(), lead.to(), collabIndex);
			}
			for (Person.ContactRole contact : p.contactFor()) {
				add(roles, p, contact.collaboration(), false, Set.copyOf(contact.topics()), contact.from(),
						contact.to(), collabIndex);
			}
		}
		return roles;
	}

	static List<Role> roles(List<Role> old, SnapshotChanges changes, Map<String, Integer> collabIndex) {
		Set<String> gone = new HashSet<>(changes.deletedPeople());
		changes.people().forEach(p -> gone.add(p.id()));
		List<Role> roles = new ArrayList<>(old.stream().filter(r -> !gone.contains(r.person())).toList());
		roles.addAll(roles(changes.people(), collabIndex));
		return roles;
	}

	static List<LessonFact> lessons(List<Lesson> lessons, Map<String, Integer> collabIndex) {
		List<LessonFact> facts = new ArrayList<>();
		for (Lesson l : lessons) {
			Integer c = collabIndex.get(l.collaboration());
			if (c != null) {
				facts.add(new LessonFact(l.id(), l.title(), Texts.one(l.theme()), Day.from(l.date()), c, Texts.one(l.toldBy())));
			}
		}
		return facts;
	}

	static List<LessonFact> lessons(List<LessonFact> old, SnapshotChanges changes, Map<String, Integer> collabIndex) {
		Set<String> gone = new HashSet<>(changes.deletedLessons());
		changes.lessons().forEach(l -> gone.add(l.id()));
		List<LessonFact> facts = new ArrayList<>(old.stream().filter(l -> !gone.contains(l.id())).toList());
		facts.addAll(lessons(changes.lessons(), collabIndex));
		return facts;
	}

	private static void add(List<Role> roles, Person p, String collaboration, boolean lead, Set<String> topics,
			String from, String to, Map<String, Integer> collabIndex) {
		Integer c = collabIndex.get(collaboration);
		if (c != null) {
			roles.add(new Role(Texts.one(p.id()), Texts.one(p.title() != null ? p.title() : p.name()), Texts.one(p.rank()),
					Texts.one(p.force()), c, lead, topics,
					Day.from(from), Day.until(to)));
		}
	}
}
