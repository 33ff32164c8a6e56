package org.concordat.analytics.snapshot.storage;

import java.util.Arrays;

/**
 * The memberships as plain columns, numbered in collaboration order: those of collaboration {@code c} are
 * {@code collabStart[c] .. collabStart[c+1]-1}, by force, then joined. The same memberships by force are
 * {@code byForce[forceStart[f] .. forceStart[f+1]-1]}, ascending: compressed sparse rows both ways, the
 * bipartite force–collaboration structure with a membership on each edge.
 *
 * <p>A membership's collaboration is not a column: it is the one whose block holds it ({@link #collab}, a
 * search of the offsets). As a column it cost 4 bytes a membership, which put the snapshot over its 96 bytes
 * (98.3 at national scale, docs/analytics.md); the questions walk collaborations' blocks and know it.
 */
final class Memberships {

	final int[] collabStart;

	final int[] force;

	/** Epoch days; {@link Day#NEVER_BEFORE} when joined with the collaboration, {@link Day#OPEN} while it lasts. */
	final int[] joined;

	final int[] left;

	/** {@link RegisterSnapshot#MEMBER}, {@link RegisterSnapshot#HOST} or {@link RegisterSnapshot#LEAD}. */
	final byte[] role;

	/** How precisely joined is known: {@link Day#EXACT}, {@link Day#MONTH} or {@link Day#YEAR}. */
	final byte[] joinedPrecision;

	/** How precisely left is known, or {@link Day#UNKNOWN} for a leaving recorded without its date. */
	final byte[] leftPrecision;

	/** The recorded cost share, NaN where none is. */
	final float[] share;

	final int[] forceStart;

	final int[] byForce;

	/** The columns of the first {@code collabStart[collabs]} entries of these arrays; they are trimmed here. */
	Memberships(int forces, int[] collabStart, int[] force, int[] joined, int[] left, byte[] role,
			byte[] joinedPrecision, byte[] leftPrecision, float[] share) {
		int n = collabStart[collabStart.length - 1];
		this.collabStart = collabStart;
		this.force = Arrays.copyOf(force, n);
		this.joined = Arrays.copyOf(joined, n);
		this.left = Arrays.copyOf(left, n);
		this.role = Arrays.copyOf(role, n);
		this.joinedPrecision = Arrays.copyOf(joinedPrecision, n);
		this.leftPrecision = Arrays.copyOf(leftPrecision, n);
		this.share = Arrays.copyOf(share, n);
		// a counting sort by force: each force's memberships come out ascending
		forceStart = new int[forces + 1];
		for (int m = 0; m < n; m++) {
			forceStart[this.force[m] + 1]++;
		}
		Arrays.parallelPrefix(forceStart, Integer::sum);
		int[] next = Arrays.copyOf(forceStart, forces);
		byForce = new int[n];
		for (int m = 0; m < n; m++) {
			byForce[next[this.force[m]]++] = m;
		}
	}

	int size() {
		return force.length;
	}

	/** The collaboration whose block holds membership {@code m}: the last whose block starts at or before it. */
	int collab(int m) {
		int c = Arrays.binarySearch(collabStart, 0, collabStart.length - 1, m);
		c = c >= 0 ? c : -c - 2; // not found: the one before where m would go
		while (collabStart[c + 1] <= m) { // past empty blocks that start at the same place
			c++;
		}
		return c;
	}
}
