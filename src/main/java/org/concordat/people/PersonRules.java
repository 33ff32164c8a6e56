package org.concordat.people;

import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.lessons.Lesson;

/**
 * The rules a person must keep before anything is written: a name or a role title, a known force, and roles
 * (leads, contact for) in known collaborations over periods that end after they start, about functions or
 * lesson themes.
 */
public final class PersonRules {

	private PersonRules() {
	}

	public static void check(Person p, String at, KnownIds known, Checks checks) {
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
}
