package org.concordat.analytics.withdrawal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.network.Connectivity;

/**
 * How the co-membership graph at D changes when force F withdraws: its components before and after (isolated
 * forces count as components), the other forces left without any partner, the partner pairs lost, and
 * whether F is a cut vertex of the graph before. The pairs lost are counted whole and listed only up to a limit:
 * a host leaving a large collaboration dissolves it and can lose thousands of pairs (3,484 for one host of an
 * 89-member collaboration on the national register), where a reader needs the count and a few names.
 *
 * <p>After the withdrawal F stays a vertex without the memberships it gave up, and collaborations that are
 * no longer viable dissolve, so their other members lose that link. F is a cut vertex exactly when it has a
 * partner and the graph without F has more components than the graph with it.
 *
 * <p>The components before and the cut vertices are the whole network's ({@link Connectivity}: JGraphT's
 * ConnectivityInspector and BiconnectivityInspector, worked out once per snapshot and date). When F leaves all of
 * it, is no cut vertex and no collaboration dissolves with two or more members left (the common case), F's
 * component falls into F and the rest, read from them. Otherwise what changes is worked out locally by
 * {@link ComponentSplit}, which stands in for a ConnectivityInspector run on the network after the withdrawal:
 * only F's component can change, and the searches stop once at most one piece can still grow. Measured at
 * national scale (docs/analytics.md), a ConnectivityInspector over the masked network takes about a second a
 * request; the pieces, microseconds, but for a force that is no cut vertex they search until every piece has
 * met (docs/scaling.md). The tests hold both ways to JGraphT's ConnectivityInspector and BiconnectivityInspector.
 */
public final class NetworkEffect {

	/** @param lostPartnerPairs the first of the pairs lost, in id order; {@code lostPartnerPairCount} counts them all */
	public record Network(int componentsBefore, int componentsAfter, List<String> isolatedForces,
			List<List<String>> lostPartnerPairs, int lostPartnerPairCount, boolean cutVertex) {
	}

	private static final int[] NONE = new int[0];

	private final AsOf asOf;

	public NetworkEffect(AsOf asOf) {
		this.asOf = asOf;
	}

	/**
	 * @param leftBehind the collaborations F leaves, ascending
	 * @param dissolved those no longer viable, ascending (sorted arrays: the searches ask about every membership
	 *        they cross)
	 * @param whole the whole network at D: its components and cut vertices
	 * @param pairLimit how many of the pairs lost to list
	 */
	public Network of(int force, int[] leftBehind, int[] dissolved, Connectivity whole, int pairLimit) {
		boolean cut = Collections.binarySearch(whole.cutVertices(), asOf.snapshot().forceId(force)) >= 0;
		boolean split = cut || leftBehind.length < asOf.collabsOf(force).length
				|| Arrays.stream(dissolved).anyMatch(c -> asOf.inNetwork(c) && asOf.members(c).length > 2);
		// Only the component of F can change: count the pieces it falls into after the withdrawal.
		IntStream.Builder seeds = IntStream.builder().add(force);
		for (int c : split ? asOf.networkCollabsOf(force) : NONE) {
			if (IndexLists.contains(dissolved, c) || IndexLists.contains(leftBehind, c)) {
				for (int g : asOf.members(c)) {
					if (g != force) {
						seeds.add(g);
						if (!IndexLists.contains(dissolved, c)) {
							break; // the rest of c stays together through c
						}
					}
				}
			}
		}
		int pieces = split ? ComponentSplit.count(asOf, seeds.build().toArray(), new ComponentSplit.Cut(force, leftBehind, dissolved))
				: partner(force, -1, NONE, NONE) ? 2 : 1;
		int after = whole.components() - 1 + pieces;
		List<String> isolated = Arrays.stream(asOf.networkCollabsOf(force))
			// one F leaves that stays viable keeps two members or more, so its members keep a partner in it
			.filter(c -> IndexLists.contains(dissolved, c))
			.flatMap(c -> Arrays.stream(asOf.members(c)))
			.filter(g -> g != force && partner(g, -1, NONE, NONE) && !partner(g, force, leftBehind, dissolved))
			.distinct().sorted().mapToObj(asOf.snapshot()::forceId).toList(); // index order is id order
		long[] lost = lostPairs(force, dissolved);
		return new Network(whole.components(), after, isolated, Arrays.stream(lost).limit(pairLimit)
			.mapToObj(p -> IndexLists.forces(asOf.snapshot(), new int[] { (int) (p >>> 32), (int) p })).toList(), lost.length, cut);
	}

	/** Whether g shares a network collaboration with someone, once {@code leaving} has left {@code leftBehind}. */
	private boolean partner(int g, int leaving, int[] leftBehind, int[] dissolved) {
		for (int c : asOf.networkCollabsOf(g)) {
			int[] members = asOf.members(c);
			if (members.length < 2 || IndexLists.contains(dissolved, c)) {
				continue;
			}
			// two remain unless a pair loses the leaver (only then is it worth looking for the leaver)
			if (members.length > 2 || !(IndexLists.contains(leftBehind, c) && IndexLists.contains(members, leaving))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Only pairs that met in a dissolved collaboration can be lost; they are lost unless they still meet
	 * elsewhere. A host leaving a large collaboration dissolves it and puts every pair of its members in
	 * question, so pairs are kept as two indexes in one long (sorted, they are in id order), only the lost
	 * ones, each once.
	 */
	private long[] lostPairs(int force, int[] dissolved) {
		LongStream.Builder lost = LongStream.builder();
		for (int c : dissolved) {
			if (!asOf.inNetwork(c)) {
				continue;
			}
			int[] members = asOf.members(c);
			for (int i = 0; i < members.length; i++) {
				for (int j = i + 1; j < members.length; j++) {
					int a = members[i];
					int b = members[j];
					if (a != force && b != force && !stillMeet(a, b, dissolved)) {
						lost.add((long) Math.min(a, b) << 32 | Math.max(a, b));
					}
				}
			}
		}
		// a pair that met in two dissolved collaborations is one pair
		long[] sorted = lost.build().sorted().toArray(); // each once without LongStream.distinct's boxing
		return IntStream.range(0, sorted.length).filter(i -> i == 0 || sorted[i] != sorted[i - 1]).mapToLong(i -> sorted[i]).toArray();
	}

	/** Whether a and b share a network collaboration that is not dissolved. */
	private boolean stillMeet(int a, int b, int[] dissolved) {
		for (int c : asOf.networkCollabsOf(a)) {
			if (!IndexLists.contains(dissolved, c) && IndexLists.contains(asOf.networkCollabsOf(b), c)) {
				return true;
			}
		}
		return false;
	}
}
