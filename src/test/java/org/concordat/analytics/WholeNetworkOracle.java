package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first, whole-network way of working out a withdrawal's network effect (three union–finds over every
 * collaboration), kept as the oracle of the local one in {@link NetworkEffect}.
 *
 * <p>How the co-membership graph at D changes when force F withdraws: its components before and after (isolated
 * forces count as components), the other forces left without any partner, the partner pairs lost, and
 * whether F is a cut vertex of the graph before.
 *
 * <p>After the withdrawal F stays a vertex without the memberships it gave up, and collaborations that are
 * no longer viable dissolve, so their other members lose that link. Components come from uniting each
 * collaboration's members (union–find), never from listing force–force edges. F is a cut vertex exactly when
 * it has a partner and the graph without F has more components than the graph with it.
 */
final class WholeNetworkOracle {

	private final AsOf asOf;

	WholeNetworkOracle(AsOf asOf) {
		this.asOf = asOf;
	}

	NetworkEffect.Network of(int force, Set<Integer> leftBehind, Set<Integer> dissolved) {
		int n = asOf.snapshot().forceCount();
		UnionFind before = new UnionFind(n);
		UnionFind after = new UnionFind(n);
		UnionFind withoutForce = new UnionFind(n);
		boolean[] partnerBefore = new boolean[n];
		boolean[] partnerAfter = new boolean[n];
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			if (!asOf.inNetwork(c)) {
				continue;
			}
			int[] members = asOf.members(c);
			before.uniteAll(members, -1);
			withoutForce.uniteAll(members, force);
			markPartners(partnerBefore, members, -1);
			if (!dissolved.contains(c)) {
				int skip = leftBehind.contains(c) ? force : -1;
				after.uniteAll(members, skip);
				markPartners(partnerAfter, members, skip);
			}
		}
		int componentsBefore = components(before, -1);
		boolean cut = partnerBefore[force] && components(withoutForce, force) > componentsBefore;
		List<String> isolated = new ArrayList<>();
		for (int g = 0; g < n; g++) {
			if (g != force && partnerBefore[g] && !partnerAfter[g]) {
				isolated.add(asOf.snapshot().forceId(g));
			}
		}
		isolated.sort(Comparator.naturalOrder());
		return new NetworkEffect.Network(componentsBefore, components(after, -1), isolated, lostPairs(force, dissolved), cut);
	}

	private static void markPartners(boolean[] partner, int[] members, int skip) {
		int remaining = skip >= 0 && Ids.contains(members, skip) ? members.length - 1 : members.length;
		if (remaining >= 2) {
			for (int g : members) {
				if (g != skip) {
					partner[g] = true;
				}
			}
		}
	}

	private int components(UnionFind sets, int skip) {
		Set<Integer> roots = new HashSet<>();
		for (int g = 0; g < asOf.snapshot().forceCount(); g++) {
			if (g != skip && asOf.present(g)) {
				roots.add(sets.find(g));
			}
		}
		return roots.size();
	}

	/** Only pairs that met in a dissolved collaboration can be lost; they are lost unless they still meet elsewhere. */
	private List<List<String>> lostPairs(int force, Set<Integer> dissolved) {
		Set<List<String>> lost = new HashSet<>();
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
						lost.add(Ids.forces(asOf.snapshot(), new int[] { a, b }));
					}
				}
			}
		}
		List<List<String>> pairs = new ArrayList<>(lost);
		pairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
		return pairs;
	}

	private boolean stillMeet(int a, int b, Set<Integer> dissolved) {
		return Arrays.stream(Ids.intersection(asOf.networkCollabsOf(a), asOf.networkCollabsOf(b)))
			.anyMatch(c -> !dissolved.contains(c));
	}
}
