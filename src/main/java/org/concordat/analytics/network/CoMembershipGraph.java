package org.concordat.analytics.network;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.ReadOnlyGraph;

/**
 * The co-membership network at D as an unmodifiable JGraphT graph: a vertex per force, an edge between two
 * forces that share a network collaboration in which both are active members. The edges are never stored:
 * a force's are worked out when asked for, from the day's lists (a national collaboration alone would add
 * millions). An edge is the two forces' indexes in one long, the smaller first.
 */
final class CoMembershipGraph extends ReadOnlyGraph<Integer, Long> {

	private final AsOf asOf;

	private final int forces;

	/** Which force last listed each force as a partner, plus one: a search marks rather than collects. */
	private final int[] listedBy;

	CoMembershipGraph(AsOf asOf) {
		super(false);
		this.asOf = asOf;
		this.forces = asOf.snapshot().forceCount();
		this.listedBy = new int[forces];
	}

	/** The distinct partners of {@code f}, ascending (one thread at a time: JGraphT's algorithms run on one). */
	int[] partners(int f) {
		int n = 0;
		for (int c : asOf.networkCollabsOf(f)) {
			n += asOf.members(c).length;
		}
		int[] partners = new int[n];
		n = 0;
		for (int c : asOf.networkCollabsOf(f)) {
			for (int g : asOf.members(c)) {
				if (g != f && listedBy[g] != f + 1) {
					listedBy[g] = f + 1;
					partners[n++] = g;
				}
			}
		}
		Arrays.sort(partners, 0, n);
		for (int i = 0; i < n; i++) { // the next call for f must not see these marks
			listedBy[partners[i]] = 0;
		}
		return Arrays.copyOf(partners, n);
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
		return new Ints(0, forces, null);
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
		return containsVertex(a) && containsVertex(b) && containsEdge(edge(a, b)) ? Set.of(edge(a, b)) : Set.of();
	}
}
