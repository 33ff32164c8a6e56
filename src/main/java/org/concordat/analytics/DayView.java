package org.concordat.analytics;


import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * The network of one snapshot at one date, worked out whole: every collaboration's active members and every
 * force's active (and network) collaborations. Questions at that date then read lists instead of filtering
 * memberships again: at national scale that is the difference between about 100 µs and 10 µs for a question
 * about one force. It costs one pass over the memberships (tens of milliseconds) the first time a date is
 * asked, and a few megabytes; the last {@link #KEEP} dates of each snapshot are kept (today is the common one).
 */
final class DayView {

	static final int KEEP = 4;

	final int[][] members;

	final int[][] collabs;

	final int[][] networkCollabs;

	/** How many network collaborations each force has, in one contiguous array (read for every candidate). */
	final int[] networkCount;

	/** The same network in id order, for the contacts' search: built on first use. */
	private volatile IdOrderedNetwork idOrdered;

	private DayView(int[][] members, int[][] collabs, int[][] networkCollabs) {
		this.members = members;
		this.collabs = collabs;
		this.networkCollabs = networkCollabs;
		this.networkCount = java.util.Arrays.stream(networkCollabs).mapToInt(c -> c.length).toArray();
	}

	/**
	 * One pass over the memberships in collaboration order: a force's active collaborations are those whose
	 * active members include it, so they are gathered from the member lists, already ascending and distinct,
	 * without looking up any membership's collaboration.
	 */
	static DayView of(AsOf.Raw raw, RegisterSnapshot s) {
		int[][] members = new int[s.collabCount()][];
		int[] count = new int[s.forceCount()];
		int[] networkCount = new int[s.forceCount()];
		for (int c = 0; c < members.length; c++) {
			members[c] = raw.activeMembers(c);
			boolean network = members[c].length > 0 && raw.inNetwork(c);
			for (int f : members[c]) {
				count[f]++;
				networkCount[f] += network ? 1 : 0;
			}
		}
		int[][] collabs = new int[count.length][];
		int[][] network = new int[count.length][];
		for (int f = 0; f < count.length; f++) {
			collabs[f] = count[f] == 0 ? NONE : new int[count[f]];
			network[f] = networkCount[f] == count[f] ? collabs[f] : networkCount[f] == 0 ? NONE : new int[networkCount[f]];
			count[f] = 0;
			networkCount[f] = 0;
		}
		for (int c = 0; c < members.length; c++) {
			boolean inNetwork = members[c].length > 0 && raw.inNetwork(c);
			for (int f : members[c]) {
				collabs[f][count[f]++] = c;
				if (inNetwork && network[f] != collabs[f]) {
					network[f][networkCount[f]++] = c;
				}
			}
		}
		return new DayView(members, collabs, network);
	}

	/** This date's network in id order; two first callers may both build it, either's is the same. */
	IdOrderedNetwork idOrdered(AsOf asOf) {
		IdOrderedNetwork network = idOrdered;
		if (network == null) {
			idOrdered = network = IdOrderedNetwork.build(asOf);
		}
		return network;
	}

	private static final int[] NONE = new int[0];
}
