package org.concordat.analytics.snapshot.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;

/**
 * Builds a snapshot from a register document, and advances one by the changes of a write without re-reading
 * the register. Either way every entity ends up at the rank of its id, so an advanced snapshot is the one a
 * full build would give: the records of untouched entities are reused, their indexes renumbered where
 * entities came or went, and untouched collaborations' memberships are copied as they are.
 */
public final class SnapshotBuilder {

	private static final int[] NONE = new int[0];

	/**
	 * Equal texts, lists and labels kept once (a name, a region, a figure's source, a function list, a
	 * collaboration's kind, scope and status): dropped after a build.
	 */
	private final Map<Object, Object> shared = new HashMap<>();

	private PolicingFunction[] functions;

	private ForceProfile[] forces;

	/** The collaborations' ids once any came or went; null when none did, and the old records tell the indexes. */
	private String[] collabIds;

	private Collab[] oldCollabs;

	private SnapshotBuilder() {
	}

	public static RegisterSnapshot build(long version, RegisterDocument doc) {
		return advance(null, version, new SnapshotChanges(doc.functions(), doc.forces(), doc.collaborations(),
				doc.people(), doc.lessons(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()));
	}

	/**
	 * {@code old} with {@code changes} applied; with no old snapshot, the changes are the whole register. Where a
	 * write only rewrote entities that exist (an edit, a join, a withdrawal) no index moves, and nothing of the
	 * untouched entities is looked at: their records and columns are copied as arrays (docs/analytics.md).
	 */
	public static RegisterSnapshot advance(RegisterSnapshot old, long version, SnapshotChanges changes) {
		SnapshotBuilder b = new SnapshotBuilder();
		PolicingFunction[] oldFunctions = old == null ? new PolicingFunction[0] : old.functions();
		b.functions = merged(oldFunctions, PolicingFunction::id,
				changes.functions().stream().map(fn -> new PolicingFunction(fn.id(), b.share(fn.name()))).toList(),
				changes.deletedFunctions(), PolicingFunction[]::new);
		ForceProfile[] oldForces = old == null ? new ForceProfile[0] : old.forces();
		b.forces = merged(oldForces, ForceProfile::id, changes.forces().stream().map(b::profile).toList(),
				changes.deletedForces(), ForceProfile[]::new);
		Map<String, Collaboration> fresh = new HashMap<>();
		changes.collaborations().forEach(c -> fresh.put(c.id(), c));
		Collab[] oldCollabs = old == null ? new Collab[0] : old.collabs();
		b.oldCollabs = oldCollabs;
		boolean collabsKept = changes.deletedCollaborations().isEmpty()
				&& fresh.keySet().stream().allMatch(id -> RegisterSnapshot.find(oldCollabs, id, Collab::id) >= 0);
		String[] oldCollabIds = collabsKept ? null : ids(oldCollabs, Collab::id);
		b.collabIds = collabsKept ? null : merged(oldCollabIds, x -> x, List.copyOf(fresh.keySet()),
				changes.deletedCollaborations(), String[]::new);
		int n = collabsKept ? oldCollabs.length : b.collabIds.length;
		// none deleted and as many as before: the same ids at the same indexes, nothing to renumber
		int[] functionAt = changes.deletedFunctions().isEmpty() && oldFunctions.length == b.functions.length ? null
				: renumbering(ids(oldFunctions, PolicingFunction::id), ids(b.functions, PolicingFunction::id));
		int[] forceAt = changes.deletedForces().isEmpty() && oldForces.length == b.forces.length ? null
				: renumbering(ids(oldForces, ForceProfile::id), ids(b.forces, ForceProfile::id));
		int[] collabAt = collabsKept ? null : renumbering(oldCollabIds, b.collabIds);
		Collaboration[] written = new Collaboration[n];
		fresh.values().forEach(w -> {
			int c = b.collabIndex(w.id());
			if (c >= 0) {
				written[c] = w;
			}
		});
		Collab[] collabs = new Collab[n];
		MembershipColumns members = new MembershipColumns(n, old == null ? 1024 : old.membershipCount() + 64);
		List<CollabFigure> figures = new ArrayList<>(old == null ? 16 : old.figures().length + 16);
		int[] figureStart = new int[n + 1];
		for (int c = 0, o = 0; c < n; c++) {
			while (b.collabIds != null && o < oldCollabs.length && oldCollabs[o].id().compareTo(b.collabIds[c]) < 0) {
				o++;
			}
			if (written[c] != null) {
				collabs[c] = b.collab(written[c]);
				b.members(written[c], members);
				figures.addAll(b.figures(written[c]));
			}
			else { // unchanged: the same record, its indexes renumbered if anything came or went
				int from = b.collabIds == null ? c : o;
				collabs[c] = functionAt == null && collabAt == null ? oldCollabs[from]
						: b.renumbered(oldCollabs[from], functionAt, collabAt);
				members.copy(old.memberships(), from, forceAt);
				figures.addAll(old.figuresOf(from));
			}
			members.endOf(c);
			figureStart[c + 1] = figures.size();
		}
		return new RegisterSnapshot(version, b.forces, b.functions, collabs, members.build(b.forces.length),
				figures.toArray(CollabFigure[]::new), figureStart, b.roles(old, changes, collabAt),
				b.lessons(old, changes, collabAt));
	}

	/** The collaboration's index: in the old snapshot's records when none came or went, or -1. */
	private int collabIndex(String id) {
		return id == null ? -1 : collabIds == null ? RegisterSnapshot.find(oldCollabs, id, Collab::id)
				: Math.max(-1, Arrays.binarySearch(collabIds, id));
	}

	/** The old entries not deleted nor written, and the written ones, sorted by id. */
	private static <T> T[] merged(T[] old, Function<T, String> id, List<T> written, Set<String> deleted,
			java.util.function.IntFunction<T[]> array) {
		Map<String, T> byId = new TreeMap<>();
		written.forEach(w -> byId.put(id.apply(w), w));
		if (byId.isEmpty() && deleted.isEmpty()) {
			return old;
		}
		if (deleted.isEmpty() && byId.keySet().stream().allMatch(k -> RegisterSnapshot.find(old, k, id) >= 0)) {
			T[] rewritten = old.clone(); // no id came or went: each written entry in its old place
			byId.forEach((k, w) -> rewritten[RegisterSnapshot.find(old, k, id)] = w);
			return rewritten;
		}
		List<T> all = new ArrayList<>(old.length + byId.size());
		Arrays.stream(old).filter(o -> !deleted.contains(id.apply(o)) && !byId.containsKey(id.apply(o))).forEach(all::add);
		byId.values().stream().filter(w -> !deleted.contains(id.apply(w))).forEach(all::add);
		all.sort(Comparator.comparing(id));
		return all.toArray(array.apply(0));
	}

	/** Where each old id is now (both sorted), or -1 when it is gone; null when nothing moved. */
	private static int[] renumbering(String[] old, String[] now) {
		int[] at = new int[old.length];
		boolean moved = old.length != now.length;
		for (int i = 0, j = 0; i < old.length; i++) {
			while (j < now.length && now[j].compareTo(old[i]) < 0) {
				j++;
			}
			at[i] = j < now.length && now[j].equals(old[i]) ? j : -1;
			moved |= at[i] != i;
		}
		return moved ? at : null;
	}

	private static <T> String[] ids(T[] entities, Function<T, String> id) {
		return Arrays.stream(entities).map(id).toArray(String[]::new);
	}

	private ForceProfile profile(Force f) {
		Force.Headquarters hq = f.hq();
		return new ForceProfile(f.id(), share(f.name()), share(f.region()),
				hq == null || hq.lat() == null ? Double.NaN : hq.lat(), hq == null || hq.lon() == null ? Double.NaN : hq.lon());
	}

	/** {@code value}, or an equal one kept before; an int array is equal by its contents (listed, as nothing else is). */
	@SuppressWarnings("unchecked")
	private <T> T share(T value) {
		Object key = value instanceof int[] a ? Map.entry(int[].class, IntStream.of(a).boxed().toList()) : value;
		return value == null ? null : (T) shared.computeIfAbsent(key, k -> value);
	}

	private Collab collab(Collaboration c) {
		int[] fns = c.functions().stream().mapToInt(id -> RegisterSnapshot.find(functions, id, PolicingFunction::id))
			.filter(i -> i >= 0).sorted().distinct().toArray();
		int[] deps = c.dependsOn().stream().mapToInt(this::collabIndex)
			.filter(i -> i >= 0).toArray();
		return new Collab(c.id(), share(c.name()), share(new Collab.Labels(c.kind(), c.scope(), c.status())),
				Day.from(c.started()), Day.until(c.ended()), Day.precision(c.started()), Day.precision(c.ended()),
				c.annualCost() == null ? Double.NaN : c.annualCost(), share(fns), deps.length == 0 ? NONE : deps);
	}

	private List<CollabFigure> figures(Collaboration c) {
		return c.figures().stream().filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(Figure::id, Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(g -> new CollabFigure(share(g.kind()), g.amount() == null ? Double.NaN : g.amount(), share(g.period()),
					share(g.date()), forceId(g.force()), share(g.source()), share(g.note()), share(g.confidence())))
			.toList();
	}

	private Collab renumbered(Collab c, int[] functionAt, int[] collabAt) {
		int[] fns = functionAt == null ? c.functions() : share(renumbered(c.functions(), functionAt));
		int[] deps = collabAt == null || c.dependsOn().length == 0 ? c.dependsOn() : renumbered(c.dependsOn(), collabAt);
		return fns == c.functions() && deps == c.dependsOn() ? c
				: new Collab(c.id(), c.name(), c.labels(), c.started(), c.ended(), c.startedPrecision(),
						c.endedPrecision(), c.annualCost(), fns, deps);
	}

	private static int[] renumbered(int[] indexes, int[] at) {
		return Arrays.stream(indexes).map(i -> at[i]).filter(i -> i >= 0).toArray();
	}

	/** A written collaboration's memberships, by force then joined (the export's order), known forces only. */
	private void members(Collaboration c, MembershipColumns into) {
		List<Membership> sorted = c.members().stream()
			.filter(m -> m != null && m.force() != null && forceIndex(m.force()) >= 0)
			.sorted(Comparator.comparingInt((Membership m) -> forceIndex(m.force())).thenComparingInt(m -> Day.from(m.joined())))
			.toList();
		for (Membership m : sorted) {
			byte role = switch (String.valueOf(m.role())) {
				case "host" -> RegisterSnapshot.HOST;
				case "lead" -> RegisterSnapshot.LEAD;
				default -> RegisterSnapshot.MEMBER;
			};
			boolean unknown = m.left() == null && Boolean.TRUE.equals(m.leftDateUnknown());
			into.add(forceIndex(m.force()), Day.from(m.joined()), unknown ? Day.until(c.ended()) : Day.until(m.left()),
					role, Day.precision(m.joined()), unknown ? Day.UNKNOWN : Day.precision(m.left()),
					m.costShare() == null ? Float.NaN : m.costShare().floatValue());
		}
	}

	private int forceIndex(String id) {
		return RegisterSnapshot.find(forces, id, ForceProfile::id);
	}

	/** A figure's or a person's force as the force's own id (kept once), or as written when unknown. */
	private String forceId(String id) {
		int f = forceIndex(id);
		return f >= 0 ? forces[f].id() : share(id);
	}

	/** The roles of the people not written or deleted (renumbered), and the written people's, by person id. */
	private Role[] roles(RegisterSnapshot old, SnapshotChanges changes, int[] collabAt) {
		if (old != null && collabAt == null && changes.people().isEmpty() && changes.deletedPeople().isEmpty()) {
			return old.roles().toArray(Role[]::new);
		}
		Set<String> gone = new HashSet<>(changes.deletedPeople());
		changes.people().forEach(p -> gone.add(p.id()));
		List<Role> roles = new ArrayList<>();
		for (Role r : old == null ? List.<Role>of() : old.roles()) {
			int c = collabAt == null ? r.collab() : collabAt[r.collab()];
			if (!gone.contains(r.person()) && c >= 0) {
				roles.add(c == r.collab() ? r : r.in(c));
			}
		}
		for (Person p : changes.people()) {
			if (!changes.deletedPeople().contains(p.id())) {
				Person sorted = p.sorted();
				sorted.leads().forEach(l -> role(p, l.collaboration(), true, List.of(), l.from(), l.to(), roles));
				sorted.contactFor().forEach(r -> role(p, r.collaboration(), false, r.topics(), r.from(), r.to(), roles));
			}
		}
		roles.sort(Comparator.comparing(Role::person)); // stable: each person's roles keep their order
		return roles.toArray(Role[]::new);
	}

	private void role(Person p, String collab, boolean lead, List<String> topics, String from, String to, List<Role> into) {
		int c = collabIndex(collab);
		if (c >= 0) {
			into.add(new Role(p.id(), share(p.title()), share(p.rank()), forceId(p.force()), c, lead,
					share(List.copyOf(topics.stream().map(this::share).toList())), Day.from(from), Day.until(to)));
		}
	}

	private LessonLearned[] lessons(RegisterSnapshot old, SnapshotChanges changes, int[] collabAt) {
		if (old != null && collabAt == null && changes.lessons().isEmpty() && changes.deletedLessons().isEmpty()) {
			return old.lessonArray();
		}
		Set<String> gone = new HashSet<>(changes.deletedLessons());
		changes.lessons().forEach(l -> gone.add(l.id()));
		List<LessonLearned> lessons = new ArrayList<>();
		for (LessonLearned l : old == null ? List.<LessonLearned>of() : old.lessons()) {
			int c = collabAt == null ? l.collab() : collabAt[l.collab()];
			if (!gone.contains(l.id()) && c >= 0) {
				lessons.add(c == l.collab() ? l : l.in(c));
			}
		}
		for (Lesson l : changes.lessons()) {
			int c = collabIndex(l.collaboration());
			if (c >= 0 && !changes.deletedLessons().contains(l.id())) {
				lessons.add(new LessonLearned(l.id(), share(l.theme()), Day.from(l.date()), c));
			}
		}
		lessons.sort(Comparator.comparingInt(LessonLearned::collab).thenComparing(LessonLearned::id));
		return lessons.toArray(LessonLearned[]::new);
	}

	/** The membership columns, appended collaboration by collaboration. */
	private static final class MembershipColumns {

		private final int[] collabStart;

		private int[] force;

		private int[] joined;

		private int[] left;

		private byte[] role;

		private byte[] joinedPrecision;

		private byte[] leftPrecision;

		private float[] share;

		private int size;

		MembershipColumns(int collabs, int capacity) {
			collabStart = new int[collabs + 1];
			force = new int[capacity];
			joined = new int[capacity];
			left = new int[capacity];
			role = new byte[capacity];
			joinedPrecision = new byte[capacity];
			leftPrecision = new byte[capacity];
			share = new float[capacity];
		}

		void add(int f, int from, int to, byte r, byte fromPrecision, byte toPrecision, float s) {
			if (size == force.length) {
				int n = size + (size >> 1) + 16;
				force = Arrays.copyOf(force, n);
				joined = Arrays.copyOf(joined, n);
				left = Arrays.copyOf(left, n);
				role = Arrays.copyOf(role, n);
				joinedPrecision = Arrays.copyOf(joinedPrecision, n);
				leftPrecision = Arrays.copyOf(leftPrecision, n);
				share = Arrays.copyOf(share, n);
			}
			force[size] = f;
			joined[size] = from;
			left[size] = to;
			role[size] = r;
			joinedPrecision[size] = fromPrecision;
			leftPrecision[size] = toPrecision;
			share[size++] = s;
		}

		/** Old collaboration {@code c}'s memberships, their forces renumbered ({@code forceAt}, null if none moved). */
		void copy(Memberships old, int c, int[] forceAt) {
			for (int m = old.collabStart[c]; m < old.collabStart[c + 1]; m++) {
				int f = forceAt == null ? old.force[m] : forceAt[old.force[m]];
				if (f >= 0) {
					add(f, old.joined[m], old.left[m], old.role[m], old.joinedPrecision[m], old.leftPrecision[m], old.share[m]);
				}
			}
		}

		void endOf(int c) {
			collabStart[c + 1] = size;
		}

		Memberships build(int forces) {
			return new Memberships(forces, collabStart, force, joined, left, role, joinedPrecision, leftPrecision, share);
		}
	}
}
