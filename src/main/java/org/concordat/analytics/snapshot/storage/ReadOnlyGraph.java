package org.concordat.analytics.snapshot.storage;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An undirected, unweighted JGraphT graph that is a view of arrays kept elsewhere: it cannot be changed, and
 * a vertex's degree, incoming and outgoing edges are its edges. Subclasses say what the vertices and edges are.
 */
public abstract class ReadOnlyGraph<V, E> extends AbstractGraph<V, E> {

	private final GraphType type;

	protected ReadOnlyGraph(boolean multipleEdges) {
		this.type = new DefaultGraphType.Builder().undirected().allowMultipleEdges(multipleEdges).allowSelfLoops(false)
			.weighted(false).modifiable(false).build();
	}

	@Override
	public GraphType getType() {
		return type;
	}

	@Override
	public int degreeOf(V v) {
		return edgesOf(v).size();
	}

	@Override
	public Set<E> incomingEdgesOf(V v) {
		return edgesOf(v);
	}

	@Override
	public int inDegreeOf(V v) {
		return degreeOf(v);
	}

	@Override
	public Set<E> outgoingEdgesOf(V v) {
		return edgesOf(v);
	}

	@Override
	public int outDegreeOf(V v) {
		return degreeOf(v);
	}

	@Override
	public double getEdgeWeight(E e) {
		return DEFAULT_EDGE_WEIGHT;
	}

	@Override
	public E getEdge(V u, V v) {
		Set<E> edges = getAllEdges(u, v);
		return edges == null || edges.isEmpty() ? null : edges.iterator().next();
	}

	@Override
	public Supplier<V> getVertexSupplier() {
		return null;
	}

	@Override
	public Supplier<E> getEdgeSupplier() {
		return null;
	}

	@Override
	public void setEdgeWeight(E e, double weight) {
		throw new UnsupportedOperationException();
	}

	@Override
	public E addEdge(V u, V v) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean addEdge(V u, V v, E e) {
		throw new UnsupportedOperationException();
	}

	@Override
	public V addVertex() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean addVertex(V v) {
		throw new UnsupportedOperationException();
	}

	@Override
	public E removeEdge(V u, V v) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean removeEdge(E e) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean removeVertex(V v) {
		throw new UnsupportedOperationException();
	}

	/** The ints {@code from .. to-1}, or the entries of {@code values} there: a read-only view. */
	protected static final class Ints extends AbstractSet<Integer> {

		private final int from;

		private final int to;

		private final int[] values;

		public Ints(int from, int to, int[] values) {
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
			return Arrays.binarySearch(values, from, to, x) >= 0; // a force's memberships ascend
		}

		@Override
		public Iterator<Integer> iterator() {
			return (values == null ? IntStream.range(from, to) : Arrays.stream(values, from, to)).iterator();
		}
	}
}
