package org.concordat.register;

import java.util.List;

import org.concordat.collaboration.Collaboration;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;

/** The whole register as one document: what export writes and import reads (see docs/register-format.md). */
public record RegisterDocument(List<PolicingFunction> functions, List<Force> forces,
		List<Collaboration> collaborations, List<Person> people, List<Lesson> lessons) {

	public RegisterDocument {
		functions = functions == null ? List.of() : functions;
		forces = forces == null ? List.of() : forces;
		collaborations = collaborations == null ? List.of() : collaborations;
		people = people == null ? List.of() : people;
		lessons = lessons == null ? List.of() : lessons;
	}

	/** The same document with every person's name and contact details left out (what a {@code viewer} may see). */
	public RegisterDocument withoutPersonalDetails() {
		return new RegisterDocument(functions, forces, collaborations,
				people.stream().map(p -> p == null ? null : p.withoutPersonalDetails()).toList(), lessons);
	}

	/** How many of each the document holds: its sections, and the memberships and figures of its collaborations. */
	public java.util.Map<String, Integer> counts() {
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		counts.put("functions", functions.size());
		counts.put("forces", forces.size());
		counts.put("collaborations", collaborations.size());
		counts.put("memberships", collaborations.stream().filter(java.util.Objects::nonNull)
			.mapToInt(c -> c.members().size()).sum());
		counts.put("figures", collaborations.stream().filter(java.util.Objects::nonNull)
			.mapToInt(c -> c.figures().size()).sum());
		counts.put("people", people.size());
		counts.put("lessons", lessons.size());
		return counts;
	}

	public static RegisterDocument empty() {
		return new RegisterDocument(null, null, null, null, null);
	}

	public static RegisterDocument ofFunctions(List<PolicingFunction> functions) {
		return new RegisterDocument(functions, null, null, null, null);
	}

	public static RegisterDocument ofForces(List<Force> forces) {
		return new RegisterDocument(null, forces, null, null, null);
	}

	public static RegisterDocument ofCollaborations(List<Collaboration> collaborations) {
		return new RegisterDocument(null, null, collaborations, null, null);
	}

	public static RegisterDocument ofPeople(List<Person> people) {
		return new RegisterDocument(null, null, null, people, null);
	}

	public static RegisterDocument ofLessons(List<Lesson> lessons) {
		return new RegisterDocument(null, null, null, null, lessons);
	}
}
