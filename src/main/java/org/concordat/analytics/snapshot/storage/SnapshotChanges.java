package org.concordat.analytics.snapshot.storage;

import java.util.List;
import java.util.Set;

import org.concordat.collaboration.Collaboration;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;

/** What a committed write changed, as re-read from the register: the new state of each entity, or its id if deleted. */
public record SnapshotChanges(List<PolicingFunction> functions, List<Force> forces, List<Collaboration> collaborations,
		List<Person> people, List<Lesson> lessons, Set<String> deletedFunctions, Set<String> deletedForces,
		Set<String> deletedCollaborations, Set<String> deletedPeople, Set<String> deletedLessons) {
}
