package org.concordat.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the co-membership graph at D changes when force F withdraws: its components before and after (isolated
 * forces count as components), the other forces left without any partner, the partner pairs lost, and
 * whether F is a cut vertex of the graph before.
 *
 * <p>After the withdrawal F stays a vertex without the memberships it gave up, and collaborations that are
 * no longer viable dissolve, so their other members lose that link. Components come from uniting each
 * collaboration's members (union–find), never from listing force–force edges. F is a cut vertex exactly when
 * it has a partner and the graph without F has more components than the graph with it.
 */
public final class NetworkEffect {

	public record Network(int componentsBefore, int componentsAfter, List<String> isolatedForces,
			List<List<String>> lostPartnerPairs, boolean cutVertex) {
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
	 */
	public Network of(int force, int[] leftBehind, int[] dissolved) {
		int before = componentsBefore();
		// Only the component of F can change: count the pieces it falls into after the withdrawal, and without F.
		List<Integer> seeds = new ArrayList<>(List.of(force));
		List<Integer> withoutSeeds = new ArrayList<>();
		for (int c : asOf.networkCollabsOf(force)) {
			int[] members = asOf.members(c);
			for (int g : members) {
				if (g != force) {
					withoutSeeds.add(g);
					break;
				}
			}
			if (Ids.contains(dissolved, c) || Ids.contains(leftBehind, c)) {
				for (int g : members) {
					if (g != force) {
						seeds.add(g);
						if (!Ids.contains(dissolved, c)) {
							break; // the rest of c stays together through c
						}
					}
				}
			}
		}
		int after = before - 1 + Pieces.count(asOf, toArray(seeds),
				(f, c) -> !Ids.contains(dissolved, c) && !(f == force && Ids.contains(leftBehind, c)));
		boolean cut = partner(force, -1, NONE, NONE)
				&& Pieces.count(asOf, toArray(withoutSeeds), (f, c) -> f != force) >= 2;
		java.util.TreeSet<String> isolated = new java.util.TreeSet<>();
		for (int c : asOf.networkCollabsOf(force)) {
			if (Ids.contains(dissolved, c) || Ids.contains(leftBehind, c)) {
				for (int g : asOf.members(c)) {
					if (g != force && partner(g, -1, NONE, NONE) && !partner(g, force, leftBehind, dissolved)) {
						isolated.add(asOf.snapshot().forceId(g));
					}
				}
			}
		}
		return new Network(before, after, new ArrayList<>(isolated), lostPairs(force, dissolved), cut);
	}

	/** Whether g shares a network collaboration with someone, once {@code leaving} has left {@code leftBehind}. */
	private boolean partner(int g, int leaving, int[] leftBehind, int[] dissolved) {
		for (int c : asOf.networkCollabsOf(g)) {
			int[] members = asOf.members(c);
			int remaining = Ids.contains(leftBehind, c) && Ids.contains(members, leaving) ? members.length - 1 : members.length;
			if (!Ids.contains(dissolved, c) && remaining >= 2) {
				return true;
			}
		}
		return false;
	}

	/** Components of the whole network at D before any withdrawal: once per snapshot, date and scope. */
	private int componentsBefore() {
		java.util.Map<String, Integer> cache = asOf.snapshot().derived(NetworkEffect.class,
				s -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<String, Integer>(16, 0.75f, true) {
					@Override
					protected boolean removeEldestEntry(java.util.Map.Entry<String, Integer> eldest) {
						return size() > 64;
					}
				}));
		return cache.computeIfAbsent(asOf.day() + "|" + asOf.includeNational(), k -> {
			int n = asOf.snapshot().forceCount();
			UnionFind sets = new UnionFind(n);
			for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
				if (asOf.inNetwork(c)) {
					sets.uniteAll(asOf.members(c), -1);
				}
			}
			Set<Integer> roots = new HashSet<>();
			for (int g = 0; g < n; g++) {
				if (asOf.present(g)) {
					roots.add(sets.find(g));
				}
			}
			return roots.size();
		});
	}

	private static int[] toArray(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Only pairs that met in a dissolved collaboration can be lost; they are lost unless they still meet elsewhere. */
	private List<List<String>> lostPairs(int force, int[] dissolved) {
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

	private boolean stillMeet(int a, int b, int[] dissolved) {
		return Arrays.stream(Ids.intersection(asOf.networkCollabsOf(a), asOf.networkCollabsOf(b)))
			.anyMatch(c -> !Ids.contains(dissolved, c));
	}
}
