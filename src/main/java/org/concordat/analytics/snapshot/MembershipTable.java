package org.concordat.analytics.snapshot;

import java.util.Arrays;

/**
 * The memberships, numbered in collaboration order: those of collaboration {@code c} are
 * {@code collabStart[c] .. collabStart[c+1]-1}, and {@code byForce[forceStart[f] .. forceStart[f+1]-1]} lists
 * those of force {@code f}. Every field is bit-packed ({@link PackedInts}): at national scale a membership
 * costs about 8 bytes, its force (15 bits for 17,541 forces), joined and left as day codes (13 bits each,
 * {@link DayColumn}), its role (2 bits) and its place in the by-force list (18 bits). Its collaboration is
 * not stored: {@link #collab} finds it from {@code blockCollab}, the collaboration of every 16th membership,
 * and a short walk along {@code collabStart}. Cost shares are kept only for the collaborations that record
 * any (about one in eight). The offsets stay plain ints: every question reads them.
 */
final class MembershipTable {

	static final int BLOCK = 4; // log2 of the memberships per blockCollab entry

	final int[] collabStart;

	final PackedInts force;

	final DayColumn joined;

	final DayColumn left;

	final PackedInts role;

	private final int[] blockCollab;

	private final int[] forceStart;

	private final PackedInts byForce;

	/** The collaborations with shares, ascending; where their block starts in {@code shares}. */
	private final int[] shareCollabs;

	private final int[] shareAt;

	private final float[] shares;

	MembershipTable(int[] collabStart, int[] force, DayColumn joined, DayColumn left, PackedInts role, float[] share,
			int forceCount) {
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
		this.forceStart = new int[forceCount + 1];
		int[] byForce = Indexes.byOwner(force, forceCount, forceStart);
		this.byForce = PackedInts.of(byForce, byForce.length);
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
		int k = Arrays.binarySearch(shareCollabs, collab(m));
		return k < 0 ? Float.NaN : shares[shareAt[k] + m - collabStart[shareCollabs[k]]];
	}

	/** The shares of collaboration {@code c}'s memberships into {@code out} from {@code at}, NaN for none. */
	void sharesOf(int c, float[] out, int at) {
		int k = Arrays.binarySearch(shareCollabs, c);
		int n = collabStart[c + 1] - collabStart[c];
		if (k < 0) {
			Arrays.fill(out, at, at + n, Float.NaN);
		}
		else {
			System.arraycopy(shares, shareAt[k], out, at, n);
		}
	}

	int countOf(int f) {
		return forceStart[f + 1] - forceStart[f];
	}

	int of(int f, int k) {
		return byForce.get(forceStart[f] + k);
	}
}
