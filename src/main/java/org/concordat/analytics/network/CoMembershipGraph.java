package org.concordat.analytics.network;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The co-membership network at D as an unmodifiable JGraphT graph: a vertex per force, an edge between two
 * forces that share a network collaboration in which both are active members. The edges are never stored:
 * a force's are worked out when asked for, from the day's lists (a national collaboration alone would add
 * millions). An edge is the two forces' indexes in one long, the smaller first.
 */
final class CoMembershipGraph extends AbstractGraph<Integer, Long> {

	private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowMultipleEdges(false)
		.allowSelfLoops(false).weighted(false).modifiable(false).build();

	private final AsOf asOf;

	private final int forces;

	CoMembershipGraph(AsOf asOf) {
		this.asOf = asOf;
		this.forces = asOf.snapshot().forceCount();
	}

	/** The distinct partners of {@code f}, ascending. */
	int[] partners(int f) {
		return Arrays.stream(asOf.networkCollabsOf(f)).flatMap(c -> Arrays.stream(asOf.members(c)))
			.filter(g -> g != f).sorted().distinct().toArray();
	}

	private static long edge(int a, int b) {
		return (long) Math.min(a, b) << 32 | Math.max(a, b);
	}

	@Override
	public Set<Long> edgesOf(Integer f) {
		int[] partners = partners(f);
		return new AbstractSet<>() {
			@Override
			public Iterator<Long> iterator() {
				return Arrays.stream(partners).mapToObj(g -> edge(f, g)).iterator();
			}

			@Override
			public int size() {
				return partners.length;
			}
		};
	}

	@Override
	public Set<Integer> vertexSet() {
		return new AbstractSet<>() {
			@Override
			public Iterator<Integer> iterator() {
				return IntStream.range(0, forces).iterator();
			}

			@Override
			public int size() {
				return forces;
			}

			@Override
			public boolean contains(Object o) {
				return o instanceof Integer f && f >= 0 && f < forces;
			}
		};
	}

	@Override
	public Set<Long> edgeSet() {
		return new AbstractSet<>() {
			@Override
			public Iterator<Long> iterator() {
				return IntStream.range(0, forces).boxed()
					.flatMap(f -> Arrays.stream(partners(f)).filter(g -> g > f).mapToObj(g -> edge(f, g))).iterator();
			}

			@Override
			public int size() {
				return IntStream.range(0, forces).map(f -> partners(f).length).sum() / 2;
			}
		};
	}

	@Override
	public boolean containsVertex(Integer f) {
		return vertexSet().contains(f);
	}

	@Override
	public boolean containsEdge(Long e) {
		return e != null && Arrays.binarySearch(partners(getEdgeSource(e)), getEdgeTarget(e)) >= 0;
	}

	@Override
	public Integer getEdgeSource(Long e) {
		return (int) (e >>> 32);
	}

	@Override
	public Integer getEdgeTarget(Long e) {
		return (int) (long) e;
	}

	@Override
	public Set<Long> getAllEdges(Integer a, Integer b) {
		Long e = getEdge(a, b);
		return e == null ? Set.of() : Set.of(e);
	}

	@Override
	public Long getEdge(Integer a, Integer b) {
		return containsVertex(a) && containsVertex(b) && containsEdge(edge(a, b)) ? edge(a, b) : null;
	}

	@Override
	public int degreeOf(Integer f) {
		return partners(f).length;
	}

	@Override
	public Set<Long> incomingEdgesOf(Integer f) {
		return edgesOf(f);
	}

	@Override
	public int inDegreeOf(Integer f) {
		return degreeOf(f);
	}

	@Override
	public Set<Long> outgoingEdgesOf(Integer f) {
		return edgesOf(f);
	}

	@Override
	public int outDegreeOf(Integer f) {
		return degreeOf(f);
	}

	@Override
	public GraphType getType() {
		return TYPE;
	}

	@Override
	public double getEdgeWeight(Long e) {
		return DEFAULT_EDGE_WEIGHT;
	}

	@Override
	public void setEdgeWeight(Long e, double weight) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Supplier<Integer> getVertexSupplier() {
		return null;
	}

	@Override
	public Supplier<Long> getEdgeSupplier() {
		return null;
	}

	@Override
	public Long addEdge(Integer a, Integer b) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean addEdge(Integer a, Integer b, Long e) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Integer addVertex() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean addVertex(Integer f) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Long removeEdge(Integer a, Integer b) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean removeEdge(Long e) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean removeVertex(Integer f) {
		throw new UnsupportedOperationException();
	}
}
