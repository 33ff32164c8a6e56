package org.concordat.analytics.snapshot;

import java.util.Arrays;

/**
 * The memberships, numbered in collaboration order: those of collaboration {@code c} are
 * {@code collabStart[c] .. collabStart[c+1]-1}. Every field is bit-packed ({@link PackedInts}): at national
 * scale a membership costs about 5 bytes, its force (15 bits for 17,541 forces), joined and left as day codes
 * (13 bits each, {@link DayColumn}) and its role (2 bits). Its collaboration is not stored: {@link #collab}
 * finds it from {@code blockCollab}, the collaboration of every 64th membership, and a short walk along
 * {@code collabStart} (most questions never ask: they walk collaborations' blocks). Nor are the memberships
 * listed by force: {@link ByForce} does so on first use. Cost shares are kept only for the
 * collaborations that record any (about one in eight).
 */
final class MembershipTable {

	static final int BLOCK = 6; // log2 of the memberships per blockCollab entry

	final int[] collabStart;

	private final int[] blockCollab;

	final PackedInts force;

	final DayColumn joined;

	final DayColumn left;

	final PackedInts role;

	/** The collaborations with shares, ascending; where their block starts in {@code shares}. */
	private final int[] shareCollabs;

	private final int[] shareAt;

	private final float[] shares;

	MembershipTable(int[] collabStart, int[] force, DayColumn joined, DayColumn left, PackedInts role, float[] share) {
		int n = force.length;
		this.collabStart = collabStart;
		this.force = PackedInts.of(force, n);
		this.joined = joined;
		this.left = left;
		this.role = role;
		this.blockCollab = new int[n == 0 ? 0 : ((n - 1) >> BLOCK) + 1];
		for (int c = 0, b = 0; b < blockCollab.length; b++) {
			while (collabStart[c + 1] <= b << BLOCK) {
				c++;
			}
			blockCollab[b] = c;
		}
		int[] withShares = java.util.stream.IntStream.range(0, collabStart.length - 1)
			.filter(c -> anyShare(share, collabStart[c], collabStart[c + 1])).toArray();
		this.shareCollabs = withShares;
		this.shareAt = new int[withShares.length];
		int total = 0;
		for (int k = 0; k < withShares.length; k++) {
			shareAt[k] = total;
			total += collabStart[withShares[k] + 1] - collabStart[withShares[k]];
		}
		this.shares = new float[total];
		for (int k = 0; k < withShares.length; k++) {
			int from = collabStart[withShares[k]];
			System.arraycopy(share, from, shares, shareAt[k], collabStart[withShares[k] + 1] - from);
		}
	}

	private static boolean anyShare(float[] share, int from, int to) {
		for (int m = from; m < to; m++) {
			if (!Float.isNaN(share[m])) {
				return true;
			}
		}
		return false;
	}

	int size() {
		return role.size();
	}

	int force(int m) {
		return force.get(m);
	}

	/** The collaboration of membership {@code m}: the one whose block holds it. */
	int collab(int m) {
		int c = blockCollab[m >> BLOCK];
		while (collabStart[c + 1] <= m) {
			c++;
		}
		return c;
	}

	int joined(int m) {
		return joined.get(m);
	}

	int left(int m) {
		return left.get(m);
	}

	byte role(int m) {
		return (byte) role.get(m);
	}

	/** The recorded cost share, or NaN when none is recorded. */
	float share(int m) {
		return share(collab(m), m);
	}

	/** Whether any membership of collaboration {@code c} records a share (most record none). */
	boolean recordsShares(int c) {
		return Arrays.binarySearch(shareCollabs, c) >= 0;
	}

	/** The share of membership {@code m} of collaboration {@code c}, which the caller knows (no search for it). */
	float share(int c, int m) {
		int k = Arrays.binarySearch(shareCollabs, c);
		return k < 0 ? Float.NaN : shares[shareAt[k] + m - collabStart[c]];
	}

	/** The shares of the memberships of collaborations {@code c .. c+count-1} into {@code out} from {@code at}. */
	void sharesOf(int c, int count, float[] out, int at) {
		int from = collabStart[c];
		Arrays.fill(out, at, at + collabStart[c + count] - from, Float.NaN);
		int k = Arrays.binarySearch(shareCollabs, c);
		for (k = k < 0 ? -k - 1 : k; k < shareCollabs.length && shareCollabs[k] < c + count; k++) {
			int d = shareCollabs[k];
			System.arraycopy(shares, shareAt[k], out, at + collabStart[d] - from, collabStart[d + 1] - collabStart[d]);
		}
	}

}
