package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Map;

import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.analytics.snapshot.Facts.LessonFact;
import org.concordat.analytics.snapshot.Facts.Role;

/**
 * An immutable, integer-indexed picture of the register at one version: the bipartite force–collaboration
 * structure in compressed sparse rows, with each membership's dates, role and cost share in parallel arrays.
 *
 * <p>Memberships are numbered in collaboration order, so those of collaboration {@code c} are
 * {@code collabStart[c] .. collabStart[c+1]-1}; {@code forceMemberships[forceStart[f] .. forceStart[f+1]-1]}
 * lists the memberships of force {@code f}. A membership costs 25 bytes: five ints (force, collaboration,
 * joined, left, the by-force index), a float share and a role byte. The force–force co-membership graph is
 * never materialised: a 200-member collaboration would add ~20,000 edges.
 */
public final class RegisterSnapshot {

	public static final byte MEMBER = 0;

	public static final byte LEAD = 1;

	public static final byte HOST = 2;

	final long version;

	final String[] forceIds;

	final String[] forceNames;

	final String[] forceRegions;

	final double[] forceLat;

	final double[] forceLon;

	final Map<String, Integer> forceIndex;

	final Collab[] collabs;

	final Map<String, Integer> collabIndex;

	final String[] functionIds;

	final String[] functionNames;

	final Map<String, Integer> functionIndex;

	final int[] collabStart;

	final int[] mForce;

	final int[] mCollab;

	final int[] mJoined;

	final int[] mLeft;

	final byte[] mRole;

	final float[] mShare;

	final int[] forceStart;

	final int[] forceMemberships;

	final List<Role> roles;

	final List<LessonFact> lessons;

	/** Per collaboration, the days it is active from (inclusive) and to (exclusive); a proposed one never is. */
	private final int[] activeFrom;

	private final int[] activeTo;

	private final boolean[] national;

	/** Lessons grouped by collaboration (indexes into {@link #lessons}), so a question reads only its own. */
	private final int[] lessonStart;

	private final int[] lessonsByCollab;

	/** Whole-snapshot structures a question derives once and reuses (e.g. precedent events), by key. */
	private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

	RegisterSnapshot(long version, String[] forceIds, String[] forceNames, String[] forceRegions, double[] forceLat,
			double[] forceLon, Collab[] collabs, String[] functionIds, String[] functionNames, int[] collabStart,
			int[] mForce, int[] mJoined, int[] mLeft, byte[] mRole, float[] mShare, List<Role> roles,
			List<LessonFact> lessons) {
		this.version = version;
		this.forceIds = forceIds;
		this.forceNames = forceNames;
		this.forceRegions = forceRegions;
		this.forceLat = forceLat;
		this.forceLon = forceLon;
		this.forceIndex = Indexes.of(forceIds);
		this.collabs = collabs;
		this.collabIndex = Indexes.of(java.util.Arrays.stream(collabs).map(Collab::id).toArray(String[]::new));
		this.functionIds = functionIds;
		this.functionNames = functionNames;
		this.functionIndex = Indexes.of(functionIds);
		this.collabStart = collabStart;
		this.mForce = mForce;
		this.mJoined = mJoined;
		this.mLeft = mLeft;
		this.mRole = mRole;
		this.mShare = mShare;
		this.mCollab = Indexes.ownerOf(collabStart, mForce.length);
		this.forceStart = new int[forceIds.length + 1];
		this.forceMemberships = Indexes.byOwner(mForce, forceIds.length, forceStart);
		this.roles = List.copyOf(roles);
		this.lessons = List.copyOf(lessons);
		this.activeFrom = new int[collabs.length];
		this.activeTo = new int[collabs.length];
		this.national = new boolean[collabs.length];
		for (int c = 0; c < collabs.length; c++) {
			boolean never = "proposed".equals(collabs[c].status()) || "deleted".equals(collabs[c].status());
			activeFrom[c] = never ? Day.OPEN : collabs[c].started();
			activeTo[c] = never ? Day.NEVER_BEFORE : collabs[c].ended();
			national[c] = collabs[c].national();
		}
		this.lessonStart = new int[collabs.length + 1];
		this.lessonsByCollab = Indexes.byOwner(this.lessons.stream().mapToInt(LessonFact::collab).toArray(),
				collabs.length, lessonStart);
	}

	/** Whether collaboration {@code c} is active at {@code day}; the same test as {@link Collab#activeAt}. */
	public boolean collabActiveAt(int c, int day) {
		return activeFrom[c] <= day && activeTo[c] > day;
	}

	public boolean national(int c) {
		return national[c];
	}

	/** The lessons of collaboration {@code c}, as indexes into {@link #lessons()}. */
	public int[] lessonsOf(int c) {
		return java.util.Arrays.copyOfRange(lessonsByCollab, lessonStart[c], lessonStart[c + 1]);
	}

	/**
	 * A structure derived from this snapshot alone, computed on first use and kept as long as the snapshot
	 * (the snapshot is immutable, so it never goes stale).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, java.util.function.Function<RegisterSnapshot, T> compute) {
		return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
	}

	public long version() {
		return version;
	}

	public int forceCount() {
		return forceIds.length;
	}

	public int collabCount() {
		return collabs.length;
	}

	public int membershipCount() {
		return mForce.length;
	}

	public String forceId(int f) {
		return forceIds[f];
	}

	public String forceName(int f) {
		return forceNames[f];
	}

	public String region(int f) {
		return forceRegions[f];
	}

	public double lat(int f) {
		return forceLat[f];
	}

	public double lon(int f) {
		return forceLon[f];
	}

	/** The force's index, or -1 when the register has no such force. */
	public int force(String id) {
		return forceIndex.getOrDefault(id, -1);
	}

	public int collab(String id) {
		return collabIndex.getOrDefault(id, -1);
	}

	public Collab collab(int c) {
		return collabs[c];
	}

	public int function(String id) {
		return functionIndex.getOrDefault(id, -1);
	}

	public String functionId(int fn) {
		return functionIds[fn];
	}

	public int functionCount() {
		return functionIds.length;
	}

	public int firstMembership(int c) {
		return collabStart[c];
	}

	public int endMembership(int c) {
		return collabStart[c + 1];
	}

	/** The memberships of force {@code f}, as membership numbers, in collaboration order. */
	public int[] membershipsOf(int f, int[] out) {
		int n = forceStart[f + 1] - forceStart[f];
		int[] result = out != null && out.length >= n ? out : new int[n];
		System.arraycopy(forceMemberships, forceStart[f], result, 0, n);
		return result;
	}

	public int membershipCountOf(int f) {
		return forceStart[f + 1] - forceStart[f];
	}

	public int membershipOf(int f, int k) {
		return forceMemberships[forceStart[f] + k];
	}

	public int memberForce(int m) {
		return mForce[m];
	}

	public int memberCollab(int m) {
		return mCollab[m];
	}

	public int joined(int m) {
		return mJoined[m];
	}

	public int left(int m) {
		return mLeft[m];
	}

	public byte role(int m) {
		return mRole[m];
	}

	/** The recorded cost share, or NaN when none is recorded. */
	public float share(int m) {
		return mShare[m];
	}

	/** "Active at D" for a membership: its collaboration is active, it had joined and had not yet left. */
	public boolean activeAt(int m, int day) {
		return mJoined[m] <= day && mLeft[m] > day && collabActiveAt(mCollab[m], day);
	}

	public List<Role> roles() {
		return roles;
	}

	public List<LessonFact> lessons() {
		return lessons;
	}
}
