package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.collaboration.Collaboration;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.register.RegisterDocument;

/**
 * Builds a snapshot from the register, and advances one by the changes of a write without re-reading the
 * register: forces, functions and collaborations keep their indexes (new ones are appended, deleted ones
 * become tombstones until the next full build), and the membership arrays are spliced collaboration by
 * collaboration with {@link System#arraycopy}.
 */
public final class SnapshotBuilder {

	private SnapshotBuilder() {
	}

	public static RegisterSnapshot build(long version, RegisterDocument doc) {
		try {
			return buildOnce(version, doc);
		}
		finally {
			Texts.reset();
		}
	}

	private static RegisterSnapshot buildOnce(long version, RegisterDocument doc) {
		ForceTable forces = ForceTable.empty().with(doc.forces(), java.util.Set.of());
		FunctionTable functions = FunctionTable.empty().with(doc.functions(), java.util.Set.of());
		Memberships memberships = new Memberships(doc.collaborations().size(), 8);
		List<Collab> collabs = new ArrayList<>();
		Map<String, Integer> collabIndex = new java.util.HashMap<>();
		for (int c = 0; c < doc.collaborations().size(); c++) {
			collabIndex.put(doc.collaborations().get(c).id(), c);
		}
		for (Collaboration collaboration : doc.collaborations()) {
			collabs.add(CollabFacts.of(collaboration, functions.index(), collabIndex));
			memberships.append(collaboration, forces.index());
		}
		return assemble(version, forces, functions, collabs.toArray(Collab[]::new), memberships,
				PeopleFacts.roles(doc.people(), collabIndex), PeopleFacts.lessons(doc.lessons(), collabIndex));
	}

	public static RegisterSnapshot advance(RegisterSnapshot old, long version, SnapshotChanges changes) {
		try {
			return advanceOnce(old, version, changes);
		}
		finally {
			Texts.reset();
		}
	}

	private static RegisterSnapshot advanceOnce(RegisterSnapshot old, long version, SnapshotChanges changes) {
		ForceTable forces = ForceTable.of(old).with(changes.forces(), changes.deletedForces());
		FunctionTable functions = FunctionTable.of(old).with(changes.functions(), changes.deletedFunctions());
		Map<String, Integer> collabIndex = new java.util.HashMap<>(old.collabIndex);
		for (Collaboration c : changes.collaborations()) {
			collabIndex.putIfAbsent(c.id(), collabIndex.size());
		}
		Map<Integer, Collaboration> replaced = changes.collaborations().stream()
			.collect(Collectors.toMap(c -> collabIndex.get(c.id()), c -> c, (a, b) -> b));
		Collab[] collabs = Arrays.copyOf(old.collabs, collabIndex.size());
		Memberships memberships = new Memberships(collabs.length, old.membershipCount() + 16);
		for (int c = 0; c < collabs.length; c++) {
			Collaboration fresh = replaced.get(c);
			if (fresh != null) {
				collabs[c] = CollabFacts.of(fresh, functions.index(), collabIndex);
				memberships.append(fresh, forces.index());
			}
			else if (changes.deletedCollaborations().contains(collabs[c].id())) {
				collabs[c] = CollabFacts.tombstone(collabs[c].id());
				memberships.appendNone();
			}
			else {
				memberships.copy(old, c);
			}
		}
		return assemble(version, forces, functions, collabs, memberships,
				PeopleFacts.roles(old.roles, changes, collabIndex), PeopleFacts.lessons(old.lessons, changes, collabIndex));
	}

	private static RegisterSnapshot assemble(long version, ForceTable forces, FunctionTable functions, Collab[] collabs,
			Memberships m, List<Facts.Role> roles, List<Facts.LessonFact> lessons) {
		return new RegisterSnapshot(version, forces.ids(), forces.names(), forces.regions(), forces.lat(),
				forces.lon(), collabs, functions.ids(), functions.names(), m.collabStart(), m.force(), m.joined(),
				m.left(), m.role(), m.share(), roles, lessons);
	}
}
