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

/**
 * The register as it could have been written on day D: everything dated after D removed or reopened
 * ({@link #before}); or, stricter, everything not certainly on or before D, so also what is recorded only to a
 * year or a month whose period holds D ({@link #certainBy}).
 */
public final class Truncation {

	private final LocalDate day;

	private final boolean certain;

	private Truncation(LocalDate day, boolean certain) {
		this.day = day;
		this.certain = certain;
	}

	/** Everything recorded as happening after D (its period starts after D) removed or reopened. */
	public static RegisterDocument before(RegisterDocument register, LocalDate day) {
		return new Truncation(day, false).truncate(register);
	}

	/** Everything that may not have happened by D removed or reopened: a date whose period ends after D too. */
	public static RegisterDocument certainBy(RegisterDocument register, LocalDate day) {
		return new Truncation(day, true).truncate(register);
	}

	private RegisterDocument truncate(RegisterDocument register) {
		List<Collaboration> kept = register.collaborations().stream()
			.filter(c -> !after(c.started()))
			.map(this::truncate)
			.toList();
		Set<String> ids = kept.stream().map(Collaboration::id).collect(Collectors.toSet());
		kept = kept.stream().map(c -> new Collaboration(c.id(), c.name(), c.kind(), c.scope(), c.purpose(), c.status(),
				c.started(), c.ended(), c.legalBasis(), c.annualCost(), c.confidence(), c.functions(), c.sources(),
				c.dependsOn().stream().filter(ids::contains).toList(), c.partners(), c.members(), c.figures(), java.util.Map.of()))
			.toList();
		List<Person> people = register.people().stream().map(p -> new Person(p.id(), p.name(), p.title(), p.rank(),
				p.force(), p.contact(),
				p.leads().stream().filter(l -> ids.contains(l.collaboration()) && !after(l.from()))
					.map(l -> new Person.Lead(l.collaboration(), l.from(), after(l.to()) ? null : l.to())).toList(),
				p.contactFor().stream().filter(r -> ids.contains(r.collaboration()) && !after(r.from()))
					.map(r -> new Person.ContactRole(r.collaboration(), r.topics(), r.from(), after(r.to()) ? null : r.to()))
					.toList()))
			.toList();
		List<Lesson> lessons = register.lessons().stream()
			.filter(l -> ids.contains(l.collaboration()) && !after(l.date()))
			.toList();
		return new RegisterDocument(register.functions(), register.forces(), kept, people, lessons);
	}

	private Collaboration truncate(Collaboration c) {
		boolean endedLater = after(c.ended());
		List<Membership> members = c.members().stream()
			.filter(m -> !after(m.joined()))
			.map(m -> after(m.left()) || undatedLeavingUncertain(m, c) ? m.withLeft(null) : m)
			.toList();
		return new Collaboration(c.id(), c.name(), c.kind(), c.scope(), c.purpose(),
				endedLater ? "active" : c.status(), c.started(), endedLater ? null : c.ended(), c.legalBasis(),
				c.annualCost(), c.confidence(), c.functions(), c.sources(), c.dependsOn(), c.partners(), members,
				c.figures().stream().filter(f -> f.date() != null && !after(f.date())).toList(), java.util.Map.of());
	}

	/**
	 * A leaving on a date not known ({@code leftDateUnknown}) may not have happened by D until its collaboration's
	 * end: with {@code certain} it is reopened while that end is not certainly by D. (Without, it stays: nothing dates
	 * it after D.)
	 */
	private boolean undatedLeavingUncertain(Membership m, Collaboration c) {
		return certain && Boolean.TRUE.equals(m.leftDateUnknown()) && (c.ended() == null || after(c.ended()));
	}

	/**
	 * Recorded after D: its period starts after D. With {@code certain}, also a date known only to a year or a
	 * month whose period holds D (D itself included), which the analytics count as not yet happened.
	 */
	private boolean after(String date) {
		if (date == null) {
			return false;
		}
		boolean partial = date.length() < 10;
		return PartialDate.firstDay(date).isAfter(day) || certain && partial && !PartialDate.lastDay(date).isBefore(day);
	}
}
