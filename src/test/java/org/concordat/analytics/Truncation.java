package org.concordat.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.entity.PartialDate;
import org.concordat.register.RegisterDocument;

/** The register as it could have been written on day D: everything dated after D removed or reopened. */
public final class Truncation {

	private Truncation() {
	}

	public static RegisterDocument before(RegisterDocument register, LocalDate day) {
		List<Collaboration> kept = register.collaborations().stream()
			.filter(c -> !after(c.started(), day))
			.map(c -> truncate(c, day))
			.toList();
		Set<String> ids = kept.stream().map(Collaboration::id).collect(Collectors.toSet());
		kept = kept.stream().map(c -> new Collaboration(c.id(), c.name(), c.kind(), c.scope(), c.purpose(), c.status(),
				c.started(), c.ended(), c.legalBasis(), c.annualCost(), c.confidence(), c.functions(), c.sources(),
				c.dependsOn().stream().filter(ids::contains).toList(), c.partners(), c.members(), c.figures(), java.util.Map.of()))
			.toList();
		List<Person> people = register.people().stream().map(p -> new Person(p.id(), p.name(), p.title(), p.rank(),
				p.force(), p.contact(),
				p.leads().stream().filter(l -> ids.contains(l.collaboration()) && !after(l.from(), day))
					.map(l -> new Person.Lead(l.collaboration(), l.from(), after(l.to(), day) ? null : l.to())).toList(),
				p.contactFor().stream().filter(r -> ids.contains(r.collaboration()) && !after(r.from(), day))
					.map(r -> new Person.ContactRole(r.collaboration(), r.topics(), r.from(), after(r.to(), day) ? null : r.to()))
					.toList()))
			.toList();
		List<Lesson> lessons = register.lessons().stream()
			.filter(l -> ids.contains(l.collaboration()) && l.date() != null && !after(l.date(), day))
			.toList();
		return new RegisterDocument(register.functions(), register.forces(), kept, people, lessons);
	}

	private static Collaboration truncate(Collaboration c, LocalDate day) {
		boolean endedLater = after(c.ended(), day);
		List<Membership> members = c.members().stream()
			.filter(m -> !after(m.joined(), day))
			.map(m -> after(m.left(), day) ? m.withLeft(null) : m)
			.toList();
		return new Collaboration(c.id(), c.name(), c.kind(), c.scope(), c.purpose(),
				endedLater ? "active" : c.status(), c.started(), endedLater ? null : c.ended(), c.legalBasis(),
				c.annualCost(), c.confidence(), c.functions(), c.sources(), c.dependsOn(), c.partners(), members,
				c.figures().stream().filter(f -> f.date() != null && !after(f.date(), day)).toList(), java.util.Map.of());
	}

	private static boolean after(String date, LocalDate day) {
		return date != null && PartialDate.firstDay(date).isAfter(day);
	}
}
