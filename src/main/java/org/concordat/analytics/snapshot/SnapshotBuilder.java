package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.concordat.collaboration.Collaboration;
import org.concordat.register.RegisterDocument;

/**
 * Builds a snapshot from the register, and advances one by the changes of a write without re-reading the
 * register: forces, functions and collaborations keep their indexes (new ones are appended, deleted ones
 * become tombstones until the next full build). Tables a write did not touch are shared with the old
 * snapshot; the collaborations' columns and pools and the memberships are written afresh, copying runs of
 * untouched rows by code, so what was replaced does not linger in the heap (but for a few words of a
 * {@link WordColumn}, until many are unused).
 */
public final class SnapshotBuilder {

	private SnapshotBuilder() {
	}

	public static RegisterSnapshot build(long version, RegisterDocument doc) {
		ForceTable forces = ForceTable.of(doc.forces());
		FunctionTable functions = FunctionTable.of(doc.functions());
		// a whole register's memberships are many lookups: hashing Strings beats encoding each id to search
		// the pool's index, and the maps are dropped when the build is done
		ToIntFunction<String> forceLookup = lookup(forces.ids);
		ToIntFunction<String> functionLookup = lookup(functions.ids);
		int n = doc.collaborations().size();
		Map<String, Integer> collabIndex = new HashMap<>(n * 2);
		for (int c = 0; c < n; c++) {
			collabIndex.put(doc.collaborations().get(c).id(), c);
		}
		ToIntFunction<String> lookup = id -> collabIndex.getOrDefault(id, -1);
		CollabTableBuilder collabs = new CollabTableBuilder(null, n);
		Memberships memberships = new Memberships(null, n, 1024);
		for (Collaboration collaboration : doc.collaborations()) {
			collabs.add(collaboration, functionLookup, lookup);
			memberships.append(collaboration, forceLookup);
		}
		return new RegisterSnapshot(version, forces, functions, collabs.build(), memberships.build(),
				RoleTable.of(doc.people(), lookup), LessonTable.of(doc.lessons(), lookup));
	}

	private static ToIntFunction<String> lookup(TextColumn ids) {
		Map<String, Integer> index = new HashMap<>(ids.size() * 2);
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (id != null) {
				index.put(id, i);
			}
		}
		return id -> index.getOrDefault(id, -1);
	}

	public static RegisterSnapshot advance(RegisterSnapshot old, long version, SnapshotChanges changes) {
		ForceTable forces = ForceTable.with(old.forces, changes.forces(), changes.deletedForces());
		FunctionTable functions = FunctionTable.with(old.functions, changes.functions(), changes.deletedFunctions());
		int known = old.collabCount();
		Map<String, Integer> added = new HashMap<>();
		for (Collaboration c : changes.collaborations()) {
			if (old.collab(c.id()) < 0) {
				added.putIfAbsent(c.id(), known + added.size());
			}
		}
		ToIntFunction<String> lookup = id -> {
			int c = old.collab(id);
			return c >= 0 ? c : added.getOrDefault(id, -1);
		};
		Map<Integer, Collaboration> replaced = new HashMap<>();
		changes.collaborations().forEach(c -> replaced.put(lookup.applyAsInt(c.id()), c));
		CollabTable collabTable = old.collabs;
		MembershipTable membershipTable = old.memberships;
		Set<Integer> deleted = new java.util.HashSet<>();
		changes.deletedCollaborations().forEach(id -> deleted.add(old.collab(id)));
		if (!replaced.isEmpty() || !changes.deletedCollaborations().isEmpty()) {
			int n = known + added.size();
			CollabTableBuilder collabs = new CollabTableBuilder(old.collabs, n);
			Memberships memberships = new Memberships(old.memberships, n, old.membershipCount() + 16);
			for (int c = 0; c < n;) {
				Collaboration fresh = replaced.get(c);
				if (fresh != null) {
					collabs.add(fresh, functions.index::find, lookup);
					memberships.append(fresh, forces.index::find);
					c++;
				}
				else if (deleted.contains(c)) {
					collabs.tombstone(old.collabId(c));
					memberships.appendNone();
					c++;
				}
				else { // the run of untouched collaborations up to the next one changed, copied at once
					int end = c + 1;
					while (end < known && !replaced.containsKey(end) && !deleted.contains(end)) {
						end++;
					}
					collabs.copy(c, end - c);
					memberships.copy(c, end - c);
					c = end;
				}
			}
			collabTable = collabs.build();
			membershipTable = memberships.build();
		}
		return new RegisterSnapshot(version, forces, functions, collabTable, membershipTable,
				RoleTable.with(old.roles, changes, lookup),
				LessonTable.with(old.lessons, changes.lessons(), changes.deletedLessons(), lookup));
	}
}
