package org.concordat.analytics.snapshot.storage;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.concordat.function.PolicingFunction;

/**
 * An immutable picture of the register at one version, in plain arrays: forces, functions and collaborations
 * as records sorted by id, so that an index is the id's rank (indexes compare as their ids do, and a list of
 * indexes sorted ascending is in id order); the memberships as columns in both directions
 * ({@link Memberships}); roles and lessons as records. {@link #graph()} is the same structure as a JGraphT
 * graph.
 */
public final class RegisterSnapshot {

	public static final byte MEMBER = 0;

	public static final byte LEAD = 1;

	public static final byte HOST = 2;

	private final long version;

	private final ForceProfile[] forces;

	/** Id and name, without a version. */
	private final PolicingFunction[] functions;

	private final Collab[] collabs;

	private final Memberships memberships;

	/** Every figure, by collaboration: those of {@code c} are {@code figures[figureStart[c] .. figureStart[c+1]-1]}. */
	private final CollabFigure[] figures;

	private final int[] figureStart;

	private final List<Role> roles;

	/** By collaboration, then id. */
	private final LessonLearned[] lessons;

	/** Read-only views of the two arrays above. */
	private final List<CollabFigure> figureList;

	private final List<LessonLearned> lessonList;

	/** Whole-snapshot structures a question derives once and reuses (per-date views, caches), by key. */
	private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>();

	RegisterSnapshot(long version, ForceProfile[] forces, PolicingFunction[] functions, Collab[] collabs,
			Memberships memberships, CollabFigure[] figures, int[] figureStart, Role[] roles, LessonLearned[] lessons) {
		this.version = version;
		this.forces = forces;
		this.functions = functions;
		this.collabs = collabs;
		this.memberships = memberships;
		this.figures = figures;
		this.figureStart = figureStart;
		this.roles = List.of(roles);
		this.lessons = lessons;
		this.figureList = Collections.unmodifiableList(Arrays.asList(figures));
		this.lessonList = Collections.unmodifiableList(Arrays.asList(lessons));
	}

	public long version() {
		return version;
	}

	/**
	 * A structure derived from this snapshot alone, computed on first use and kept as long as the snapshot
	 * (the snapshot is immutable, so it never goes stale).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Function<RegisterSnapshot, T> compute) {
		return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
	}

	/** The bipartite force–collaboration graph over these arrays (built on first use: nothing is copied). */
	public BipartiteGraph graph() {
		return derived(BipartiteGraph.class, s -> new BipartiteGraph(s.forceCount(), s.memberships));
	}

	public int forceCount() {
		return forces.length;
	}

	/** The force's index, or -1 when the register has no such force. */
	public int force(String id) {
		return find(forces, id, ForceProfile::id);
	}

	public ForceProfile forceProfile(int f) {
		return forces[f];
	}

	public String forceId(int f) {
		return forces[f].id();
	}

	public String region(int f) {
		return forces[f].region();
	}

	public int functionCount() {
		return functions.length;
	}

	/** The function's index, or -1. */
	public int function(String id) {
		return find(functions, id, PolicingFunction::id);
	}

	public String functionId(int fn) {
		return functions[fn].id();
	}

	/** The name the register gives the function (as a reader knows it), or its id where it has none. */
	public String functionName(int fn) {
		String name = functions[fn].name();
		return name == null || name.isBlank() ? functions[fn].id() : name;
	}

	public int collabCount() {
		return collabs.length;
	}

	/** The collaboration's index, or -1. */
	public int collab(String id) {
		return find(collabs, id, Collab::id);
	}

	public Collab collab(int c) {
		return collabs[c];
	}

	public String collabId(int c) {
		return collabs[c].id();
	}

	public int[] collabFunctions(int c) {
		return collabs[c].functions();
	}

	public boolean collabActiveAt(int c, int day) {
		return collabs[c].activeAt(day);
	}

	public boolean national(int c) {
		return collabs[c].national();
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

	public int memberForce(int m) {
		return memberships.force[m];
	}

	/** The membership's collaboration: a search of the offsets (see {@link Memberships}); loops know it. */
	public int memberCollab(int m) {
		return memberships.collab(m);
	}

	public int joined(int m) {
		return memberships.joined[m];
	}

	public int left(int m) {
		return memberships.left[m];
	}

	/** How precisely joined is recorded ({@link Day#precision}); {@link #joined} is the day it certainly had. */
	public byte joinedPrecision(int m) {
		return memberships.joinedPrecision[m];
	}

	public byte leftPrecision(int m) {
		return memberships.leftPrecision[m];
	}

	public byte role(int m) {
		return memberships.role[m];
	}

	/** The recorded cost share, or NaN when none is recorded. */
	public float share(int m) {
		return memberships.share[m];
	}

	/** "Active at D" for membership {@code m} of collaboration {@code c}: c is active, m had begun and not ended. */
	public boolean activeAt(int c, int m, int day) {
		return memberships.joined[m] <= day && memberships.left[m] > day && collabs[c].activeAt(day);
	}

	/** Every lead and contact role, by person id (a person's leads first, then contact roles, each by collaboration). */
	public List<Role> roles() {
		return roles;
	}

	/** Every lesson, by collaboration, then id. */
	public List<LessonLearned> lessons() {
		return lessonList;
	}

	/** The lessons of collaboration {@code c}, by id. */
	/**
	 * The day from which lesson {@code l} counts: its own date, or, undated, the end of its collaboration (issue
	 * 13). While that collaboration runs an undated lesson counts from its source's date, which the register does
	 * not record, so it is not used ({@link Day#OPEN}).
	 */
	public int lessonDay(LessonLearned l) {
		return l.date() != Day.NEVER_BEFORE ? l.date() : collabs[l.collab()].ended();
	}

	public List<LessonLearned> lessonsOf(int c) {
		return lessonList.subList(firstLessonOf(c), firstLessonOf(c + 1));
	}

	/** The first lesson of collaboration {@code c} or after: a comparison that is never equal finds where it goes. */
	private int firstLessonOf(int c) {
		return -Arrays.binarySearch(lessons, null, (l, none) -> l.collab() < c ? -1 : 1) - 1;
	}

	/** The figures recorded for collaboration {@code c}, by id. */
	public List<CollabFigure> figuresOf(int c) {
		return figureList.subList(figureStart[c], figureStart[c + 1]);
	}

	/** The index of {@code id} among records sorted by id, or -1. */
	static <T> int find(T[] sorted, String id, Function<T, String> idOf) {
		int at = id == null ? -1 : Arrays.binarySearch(sorted, null, (record, none) -> idOf.apply(record).compareTo(id));
		return Math.max(at, -1);
	}

	ForceProfile[] forces() {
		return forces;
	}

	PolicingFunction[] functions() {
		return functions;
	}

	Collab[] collabs() {
		return collabs;
	}

	Memberships memberships() {
		return memberships;
	}

	CollabFigure[] figures() {
		return figures;
	}

	int[] figureStart() {
		return figureStart;
	}

	LessonLearned[] lessonArray() {
		return lessons;
	}
}
