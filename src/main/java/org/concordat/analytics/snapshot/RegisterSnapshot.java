package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.concordat.analytics.snapshot.Facts.LessonFact;
import org.concordat.analytics.snapshot.Facts.Role;

/**
 * An immutable, integer-indexed picture of the register at one version, as columns: the bipartite
 * force–collaboration structure in compressed sparse rows ({@link MembershipTable}), and forces,
 * collaborations, figures, roles and lessons as bit-packed parallel columns: ids in UTF-8 byte pools
 * ({@link TextColumn}), names and titles as word codes ({@link WordColumn}), repeated values as codes
 * ({@link Coded}), dates as day codes ({@link DayColumn}). The accessors of forces and collaborations are in
 * {@link SnapshotEntities}.
 * The force–force co-membership graph is never materialised: a 200-member collaboration would add ~20,000
 * edges.
 *
 * <p>Memberships are numbered in collaboration order, so those of collaboration {@code c} are
 * {@code firstMembership(c) .. endMembership(c)-1}. {@link #roles()} and {@link #lessons()} make their
 * records when read; loops over every role read {@link #roleCollab} and its neighbours instead.
 */
public final class RegisterSnapshot extends SnapshotEntities {

	public static final byte MEMBER = 0;

	public static final byte LEAD = 1;

	public static final byte HOST = 2;

	final long version;

	final MembershipTable memberships;

	final RoleTable roles;

	final LessonTable lessons;

	/** The memberships by force, made on first use (no question needs them): see {@link ByForce}. */
	private volatile ByForce byForce;

	private final List<Role> roleList;

	private final List<LessonFact> lessonList;

	/** Whole-snapshot structures a question derives once and reuses (e.g. precedent events), by key. */
	private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>();

	RegisterSnapshot(long version, ForceTable forces, FunctionTable functions, CollabTable collabs,
			MembershipTable memberships, RoleTable roles, LessonTable lessons) {
		super(forces, functions, collabs);
		this.version = version;
		this.memberships = memberships;
		this.roles = roles;
		this.lessons = lessons;
		this.roleList = new Rows<>(roles.size(), roles::get);
		this.lessonList = new Rows<>(lessons.size(), lessons::get);
	}

	/**
	 * A structure derived from this snapshot alone, computed on first use and kept as long as the snapshot
	 * (the snapshot is immutable, so it never goes stale).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Function<RegisterSnapshot, T> compute) {
		return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
	}

	public long version() {
		return version;
	}

	public int membershipCount() {
		return memberships.size();
	}

	public int firstMembership(int c) {
		return memberships.collabStart[c];
	}

	public int endMembership(int c) {
		return memberships.collabStart[c + 1];
	}

	public int membershipCountOf(int f) {
		return byForce().countOf(f);
	}

	public int membershipOf(int f, int k) {
		return byForce().of(f, k);
	}

	ByForce byForce() {
		ByForce lists = byForce;
		if (lists == null) { // two first callers may both build it; either's is the same
			byForce = lists = new ByForce(memberships, forceCount());
		}
		return lists;
	}

	public int memberForce(int m) {
		return memberships.force(m);
	}

	/** The membership's collaboration, found from a sample of every 64th and a few steps (nothing is stored). */
	public int memberCollab(int m) {
		return memberships.collab(m);
	}

	public int joined(int m) {
		return memberships.joined(m);
	}

	public int left(int m) {
		return memberships.left(m);
	}

	public byte role(int m) {
		return memberships.role(m);
	}

	/** The recorded cost share, or NaN when none is recorded. */
	public float share(int m) {
		return memberships.share(m);
	}

	/** Whether any membership of collaboration {@code c} records a cost share. */
	public boolean recordsShares(int c) {
		return memberships.recordsShares(c);
	}

	/** {@link #share(int)} for a membership of collaboration {@code c}: loops over one collaboration's know it. */
	public float share(int c, int m) {
		return memberships.share(c, m);
	}

	/** {@link #activeAt(int, int)} for a membership of collaboration {@code c}, without searching for it. */
	public boolean activeAt(int c, int m, int day) {
		return memberships.joined(m) <= day && memberships.left(m) > day && collabActiveAt(c, day);
	}

	/** "Active at D" for a membership: its collaboration is active, it had joined and had not yet left. */
	public boolean activeAt(int m, int day) {
		return memberships.joined(m) <= day && memberships.left(m) > day && collabActiveAt(memberships.collab(m), day);
	}

	/** Every role, each made when read. */
	public List<Role> roles() {
		return roleList;
	}

	/** {@code roles().get(r).collab()} and {@code .from()} without the record. */
	public int roleCollab(int r) {
		return roles.collab(r);
	}

	public int roleFrom(int r) {
		return roles.from(r);
	}

	/** Every lesson, each made when read. */
	public List<LessonFact> lessons() {
		return lessonList;
	}

	/** The lessons of collaboration {@code c}, as indexes into {@link #lessons()}. */
	public int[] lessonsOf(int c) {
		return lessons.of(c);
	}

	/** {@code lessons().get(l).theme()} and {@code .date()} without the record. */
	public String lessonTheme(int l) {
		return lessons.theme(l);
	}

	public int lessonDate(int l) {
		return lessons.date(l);
	}
}
