package org.concordat.analytics.snapshot.storage;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The snapshot's memberships as an unmodifiable JGraphT graph: vertex {@code f} is force f, vertex
 * {@code forceCount + c} collaboration c, and edge {@code m} membership m (a force that rejoined has two
 * parallel edges). It reads the snapshot's own compressed sparse rows and copies nothing.
 *
 * <p>Measured against jgrapht-opt's {@code SparseIntUndirectedGraph} on the national register (213,300
 * memberships, docs/analytics.md): that graph copies the same incidence (17.1 bytes a membership, 0.3–0.4 s to
 * build), which a write would have to rebuild, and makes a new {@code LinkedHashSet} on every
 * {@code edgesOf}; this one costs nothing to keep and hands out views.
 */
public final class BipartiteGraph extends ReadOnlyGraph<Integer, Integer> {

	private final int forces;

	private final Memberships m;

	BipartiteGraph(int forces, Memberships memberships) {
		super(true);
		this.forces = forces;
		this.m = memberships;
	}

	/** Whether vertex {@code v} is a force (else a collaboration). */
	public boolean isForce(int v) {
		return v < forces;
	}

	@Override
	public Set<Integer> vertexSet() {
		return new Ints(0, forces + m.collabStart.length - 1, null);
	}

	@Override
	public Set<Integer> edgeSet() {
		return new Ints(0, m.size(), null);
	}

	@Override
	public boolean containsVertex(Integer v) {
		return v != null && v >= 0 && v < forces + m.collabStart.length - 1;
	}

	@Override
	public boolean containsEdge(Integer e) {
		return e != null && e >= 0 && e < m.size();
	}

	@Override
	public Set<Integer> edgesOf(Integer v) {
		return v < forces ? new Ints(m.forceStart[v], m.forceStart[v + 1], m.byForce)
				: new Ints(m.collabStart[v - forces], m.collabStart[v - forces + 1], null);
	}

	@Override
	public Integer getEdgeSource(Integer e) {
		return m.force[e];
	}

	@Override
	public Integer getEdgeTarget(Integer e) {
		return forces + m.collab(e);
	}

	@Override
	public Set<Integer> getAllEdges(Integer u, Integer v) {
		if (u == null || v == null || !containsVertex(u) || !containsVertex(v)) {
			return null;
		}
		int f = Math.min(u, v);
		int c = Math.max(u, v) - forces;
		Set<Integer> edges = new LinkedHashSet<>();
		if (f < forces && c >= 0) {
			for (int e : edgesOf(f)) {
				if (m.collab(e) == c) {
					edges.add(e);
				}
			}
		}
		return edges;
	}
}
