package org.concordat.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Collaborations put at risk when others become non-viable: those active at D that depend, directly or
 * through others, on a non-viable one (DEPENDS_ON followed backwards, breadth first, over links whose two ends
 * are both active at D). They are reported, not dissolved.
 *
 * <p>The reversed links are listed once per snapshot ({@link Dependents}), so a question walks only what
 * depends on the collaborations it dissolves.
 */
public final class Cascade {

	public record AtRisk(String id, List<String> dependsOn, String reason) {
	}

	private final AsOf asOf;

	public Cascade(AsOf asOf) {
		this.asOf = asOf;
	}

	/** @param nonViable the collaborations that would no longer be viable, ascending */
	public List<AtRisk> from(int[] nonViable) {
		RegisterSnapshot s = asOf.snapshot();
		Dependents dependents = s.derived(Dependents.class, Dependents::of);
		Map<Integer, Set<String>> causes = new HashMap<>();
		for (int root : nonViable) {
			if (dependents.start[root] == dependents.start[root + 1]) {
				continue; // nothing builds on it (the common case): no search to set up
			}
			java.util.BitSet seen = new java.util.BitSet(s.collabCount());
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			seen.set(root);
			queue.add(root);
			while (!queue.isEmpty()) {
				int d = queue.poll();
				for (int k = dependents.start[d]; k < dependents.start[d + 1]; k++) {
					int c = dependents.of[k];
					if (!seen.get(c) && asOf.active(c) && asOf.active(d)) {
						seen.set(c);
						queue.add(c);
						if (!Ids.contains(nonViable, c)) {
							causes.computeIfAbsent(c, x -> new TreeSet<>()).add(s.collabId(root));
						}
					}
				}
			}
		}
		List<AtRisk> atRisk = new ArrayList<>();
		causes.forEach((c, roots) -> atRisk.add(new AtRisk(s.collabId(c), List.copyOf(roots),
				s.collab(c).name() + " builds on " + String.join(", ", roots) + ", which would no longer be viable")));
		atRisk.sort(Comparator.comparing(AtRisk::id));
		return atRisk;
	}

	/** For each collaboration d, the collaborations that depend on it: DEPENDS_ON reversed, as sparse rows. */
	record Dependents(int[] start, int[] of) {

		static Dependents of(RegisterSnapshot s) {
			int n = s.collabCount();
			int[] start = new int[n + 1];
			for (int c = 0; c < n; c++) {
				for (int d : s.collabDependsOn(c)) {
					start[d + 1]++;
				}
			}
			for (int d = 0; d < n; d++) {
				start[d + 1] += start[d];
			}
			int[] next = java.util.Arrays.copyOf(start, n);
			int[] of = new int[start[n]];
			for (int c = 0; c < n; c++) {
				for (int d : s.collabDependsOn(c)) {
					of[next[d]++] = c;
				}
			}
			return new Dependents(start, of);
		}
	}
}
