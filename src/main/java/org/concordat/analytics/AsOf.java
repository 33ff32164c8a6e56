package org.concordat.analytics;

import java.time.LocalDate;

import org.concordat.analytics.snapshot.storage.BipartiteGraph;
import org.concordat.analytics.snapshot.storage.Day;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The register as of one date. A collaboration is active at D when it is not proposed, started by D and had
 * not ended; a membership when, besides, it had begun and not ended. Collaborations of scope {@code national}
 * are part of the network only when {@code includeNational}; they still count wherever a question asks for
 * every active membership. Nothing dated after D is visible through it.
 *
 * <p>{@link #graph()} is this as a JGraphT view of the snapshot's bipartite graph; the lists ({@link #members},
 * {@link #networkCollabsOf}, …) come from the {@link DayView}, worked out once per date and shared by every
 * question at that date on the same snapshot. Lists of indexes are ascending, which is id order.
 */
public final class AsOf {

	private final RegisterSnapshot snapshot;

	private final LocalDate date;

	private final int day;

	private final boolean includeNational;

	private final SnapshotStamp stamp;

	private DayView view;

	public AsOf(RegisterSnapshot snapshot, LocalDate date, boolean includeNational) {
		this(snapshot, date, includeNational, null);
	}

	/** @param stamp the state of the register the snapshot was taken from, which answers carry (null if none) */
	public AsOf(RegisterSnapshot snapshot, LocalDate date, boolean includeNational, SnapshotStamp stamp) {
		this.snapshot = snapshot;
		this.date = date;
		this.day = Day.of(date);
		this.includeNational = includeNational;
		this.stamp = stamp;
	}

	public RegisterSnapshot snapshot() {
		return snapshot;
	}

	public LocalDate date() {
		return date;
	}

	public int day() {
		return day;
	}

	public boolean includeNational() {
		return includeNational;
	}

	public SnapshotStamp stamp() {
		return stamp;
	}

	public boolean active(int c) {
		return snapshot.collabActiveAt(c, day);
	}

	/** Active, and part of the network (national ones only when included). */
	public boolean inNetwork(int c) {
		return active(c) && (includeNational || !snapshot.national(c));
	}

	/** The distinct forces with a membership of {@code c} active at D, ascending. */
	public int[] members(int c) {
		return view().members[c];
	}

	/** The collaborations force {@code f} is an active member of at D (national ones too), ascending. */
	public int[] collabsOf(int f) {
		return view().collabs[f];
	}

	/** The collaborations of {@code f} that are part of the network at D, ascending. */
	public int[] networkCollabsOf(int f) {
		return view().networkCollabs[f];
	}

	/**
	 * The active membership of {@code f} in {@code c} at D, or -1: the first of f's few memberships (its edges in
	 * the snapshot's graph, ascending) in c's block, rather than a walk of c's, thousands for a national one.
	 */
	public int membership(int f, int c) {
		for (int m : snapshot.graph().edgesOf(f)) {
			if (m >= snapshot.firstMembership(c) && m < snapshot.endMembership(c) && snapshot.activeAt(c, m, day)) {
				return m;
			}
		}
		return -1;
	}

	/**
	 * The network at D as a JGraphT graph: the snapshot's bipartite graph with the collaborations outside the
	 * network at D and the memberships not active at D hidden ({@link MaskSubgraph}: nothing is copied).
	 */
	public Graph<Integer, Integer> graph() {
		BipartiteGraph all = snapshot.graph();
		return new MaskSubgraph<>(all, v -> !all.isForce(v) && !inNetwork(v - snapshot.forceCount()), m -> {
			int c = snapshot.memberCollab(m);
			return !inNetwork(c) || !snapshot.activeAt(c, m, day);
		});
	}

	private DayView view() {
		if (view == null) {
			view = DayView.of(this);
		}
		return view;
	}
}
