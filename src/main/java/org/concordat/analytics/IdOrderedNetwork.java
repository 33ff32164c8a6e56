package org.concordat.analytics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * The co-membership network at D (the same lists as {@link AsOf#networkCollabsOf} and {@link AsOf#members}),
 * each list re-sorted by id instead of by index, in two compressed sparse rows: a force's network
 * collaborations in collaboration-id order, a network collaboration's active members in force-id order. A
 * breadth-first search that reads them in this order meets every vertex first through its smallest-id route
 * (see {@link ContactSearch}). Worked out once per date and scope, from the {@link DayView}; about 2 MB at
 * national scale.
 */
final class IdOrderedNetwork {

	private static final int KEEP = 4;

	private final int[] collabStart;

	private final int[] collabs;

	private final int[] memberStart;

	private final int[] members;

	private final Ranks forceRanks;

	private final Ranks collabRanks;

	private IdOrderedNetwork(int[] collabStart, int[] collabs, int[] memberStart, int[] members, Ranks forceRanks,
			Ranks collabRanks) {
		this.collabStart = collabStart;
		this.collabs = collabs;
		this.memberStart = memberStart;
		this.members = members;
		this.forceRanks = forceRanks;
		this.collabRanks = collabRanks;
	}

	private record Key(int day, boolean includeNational) {
	}

	/** The network of {@code asOf}'s date and scope, shared by every request on this snapshot. */
	static IdOrderedNetwork of(AsOf asOf) {
		RegisterSnapshot s = asOf.snapshot();
		RecentlyUsed<Key, IdOrderedNetwork> cache = s.derived(IdOrderedNetwork.class, x -> new RecentlyUsed<>(KEEP));
		return cache.get(new Key(asOf.day(), asOf.includeNational()), () -> build(asOf));
	}

	private static IdOrderedNetwork build(AsOf asOf) {
		RegisterSnapshot s = asOf.snapshot();
		Ranks forceRanks = s.derived(Ranks.Forces.class, x -> Ranks.of(s.forceCount(), s::forceId));
		Ranks collabRanks = s.derived(Ranks.Collabs.class, x -> Ranks.of(s.collabCount(), c -> s.collabId(c)));
		int[] collabStart = new int[s.forceCount() + 1];
		int[] memberStart = new int[s.collabCount() + 1];
		for (int f = 0; f < s.forceCount(); f++) {
			collabStart[f + 1] = collabStart[f] + asOf.networkCollabsOf(f).length;
		}
		for (int c = 0; c < s.collabCount(); c++) {
			memberStart[c + 1] = memberStart[c] + (asOf.inNetwork(c) ? asOf.members(c).length : 0);
		}
		int[] collabs = new int[collabStart[s.forceCount()]];
		for (int f = 0; f < s.forceCount(); f++) {
			collabRanks.sortInto(asOf.networkCollabsOf(f), collabs, collabStart[f]);
		}
		int[] members = new int[memberStart[s.collabCount()]];
		for (int c = 0; c < s.collabCount(); c++) {
			if (asOf.inNetwork(c)) {
				forceRanks.sortInto(asOf.members(c), members, memberStart[c]);
			}
		}
		return new IdOrderedNetwork(collabStart, collabs, memberStart, members, forceRanks, collabRanks);
	}

	int collabsFrom(int f) {
		return collabStart[f];
	}

	int collabsTo(int f) {
		return collabStart[f + 1];
	}

	int collab(int i) {
		return collabs[i];
	}

	int membersFrom(int c) {
		return memberStart[c];
	}

	int membersTo(int c) {
		return memberStart[c + 1];
	}

	int member(int i) {
		return members[i];
	}

	/** The force's place in the ascending order of force ids. */
	int forceRank(int f) {
		return forceRanks.rank[f];
	}

	/** The collaboration's place in the ascending order of collaboration ids. */
	int collabRank(int c) {
		return collabRanks.rank[c];
	}

	/** Each index's position in the ascending order of the ids (absent ids last); per snapshot. */
	private record Ranks(int[] rank, int[] at) {

		/** Keys for {@link RegisterSnapshot#derived}. */
		interface Forces {
		}

		interface Collabs {
		}

		static Ranks of(int n, java.util.function.IntFunction<String> id) {
			int[] at = IntStream.range(0, n).boxed()
				.sorted(Comparator.comparing(id::apply, Comparator.nullsLast(Comparator.naturalOrder())))
				.mapToInt(Integer::intValue).toArray();
			int[] rank = new int[n];
			for (int r = 0; r < n; r++) {
				rank[at[r]] = r;
			}
			return new Ranks(rank, at);
		}

		/** Writes {@code indexes} into {@code out} from {@code from}, in id order. */
		void sortInto(int[] indexes, int[] out, int from) {
			for (int i = 0; i < indexes.length; i++) {
				out[from + i] = rank[indexes[i]];
			}
			Arrays.sort(out, from, from + indexes.length);
			for (int i = from; i < from + indexes.length; i++) {
				out[i] = at[out[i]];
			}
		}
	}
}
