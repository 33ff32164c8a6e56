package org.concordat.analytics.snapshot.storage;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
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

	/** The vertex of force {@code f}. */
	public int forceVertex(int f) {
		return f;
	}

	/** The vertex of collaboration {@code c}. */
	public int collabVertex(int c) {
		return forces + c;
	}

	/** Whether vertex {@code v} is a force (else a collaboration). */
	public boolean isForce(int v) {
		return v < forces;
	}

	@Override
	public Set<Integer> vertexSet() {
		return new Range(0, forces + m.collabStart.length - 1, null);
	}

	@Override
	public Set<Integer> edgeSet() {
		return new Range(0, m.size(), null);
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
		return v < forces ? new Range(m.forceStart[v], m.forceStart[v + 1], m.byForce)
				: new Range(m.collabStart[v - forces], m.collabStart[v - forces + 1], null);
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
		Set<Integer> edges = new java.util.LinkedHashSet<>();
		if (f < forces && c >= 0) {
			for (int e : edgesOf(f)) {
				if (m.collab(e) == c) {
					edges.add(e);
				}
			}
		}
		return edges;
	}

	/** The ints {@code from .. to-1}, or the entries of {@code values} there: a read-only view. */
	private static final class Range extends AbstractSet<Integer> {

		private final int from;

		private final int to;

		private final int[] values;

		Range(int from, int to, int[] values) {
			this.from = from;
			this.to = to;
			this.values = values;
		}

		@Override
		public int size() {
			return to - from;
		}

		@Override
		public boolean contains(Object o) {
			if (!(o instanceof Integer x)) {
				return false;
			}
			if (values == null) {
				return x >= from && x < to;
			}
			return java.util.Arrays.binarySearch(values, from, to, x) >= 0; // a force's memberships ascend
		}

		@Override
		public Iterator<Integer> iterator() {
			return new Iterator<>() {
				private int i = from;

				@Override
				public boolean hasNext() {
					return i < to;
				}

				@Override
				public Integer next() {
					if (i >= to) {
						throw new NoSuchElementException();
					}
					return values == null ? i++ : values[i++];
				}
			};
		}
	}
}
