package org.concordat.analytics.withdrawal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.FirstK;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.words.Words;

/**
 * How exposed each other force is to force F's withdrawal, as a score in (0, 1].
 *
 * <p>Each way the withdrawal touches force g is an exposure e in (0, 1]:
 * <ul>
 * <li>a collaboration of g becomes non-viable and g loses functions nothing else of its covers: e = 1;</li>
 * <li>a collaboration of g becomes non-viable but g covers its functions elsewhere: e = 0.5;</li>
 * <li>g stays in a viable collaboration whose cost share rises by a fraction r = (after − before) / before:
 * e = 0.5 · min(1, r);</li>
 * <li>g is in a collaboration put at risk by the cascade: e = 0.25.</li>
 * </ul>
 * The exposures combine as independent chances of harm: score(g) = 1 − Π (1 − e). Forces with score 0 are
 * left out; the rest are listed highest first (ties by id) with the drivers that make up their score.
 *
 * <p>A stage of the withdrawal's pipeline: a function of the stages before it (the fates and cost shares of
 * the affected collaborations, the functions lost, the cascade). Leaving a national collaboration exposes
 * thousands of forces, and an answer lists the first 25: so exposures are kept in flat arrays by force index
 * (scratch space reused by the thread, cleared by walking only the forces touched), the first are picked
 * without sorting the rest ({@link FirstK}), and drivers are found again and written out as text (the
 * collaborations' and functions' names) only for the forces listed: keeping a record of every driver of every
 * exposed force, thousands, and picking the listed ones' out of them, cost more than the scores.
 */
public final class DependencyRisk {

	/** {@code band} is {@link #band}'s reading of the score: low, medium or high. */
	public record Risk(String force, double score, String band, List<String> drivers) {
	}

	/** From this score on a force's exposure is high: something it relies on stops, or its share doubles. */
	public static final double HIGH = 0.5;

	/** From this score on it is medium: its share rises by a sixth or more, or the cascade reaches it. */
	public static final double MEDIUM = 0.08;

	/**
	 * The band of a score (docs/analytics.md says why these thresholds). High (≥ 0.5): a collaboration of the
	 * force becomes non-viable (e = 0.5, or 1 with functions lost), or its cost share at least doubles, or
	 * exposures that together weigh as much. Medium (≥ 0.08): its share rises by a sixth or more (0.5 · r ≥ 0.08,
	 * with room for shares rounded to six digits), as when one of seven or fewer equal partners leaves, or a
	 * collaboration of it is put at risk by the cascade (0.25). Low: a smaller rise in its share, as when one of
	 * eight or more partners leaves (a national collaboration's).
	 */
	public static String band(double score) {
		return score >= HIGH ? "high" : score >= MEDIUM ? "medium" : "low";
	}

	private static final ThreadLocal<DependencyRisk> PER_THREAD = new ThreadLocal<>();

	/** Per force, Π (1 − e) over its exposures so far; then, once ranked, its score. Read only where touched. */
	private final double[] keep;

	/** Per force, whether it is exposed in this question. */
	private final boolean[] exposed;

	/** The forces exposed in this question, in the order they were touched (what is cleared afterwards). */
	private final int[] touched;

	private int touchedCount;

	private DependencyRisk(int forces) {
		keep = new double[forces];
		exposed = new boolean[forces];
		touched = new int[forces];
	}

	/** The {@code limit} forces most exposed by {@code force}'s withdrawal, highest score first, ties by id. */
	static List<Risk> of(AsOf asOf, int force, List<WithdrawalImpact.Fate> fates, CostShares.Split[] shares,
			List<WithdrawalImpact.Loss> losses, List<Cascade.AtRisk> cascade, int limit) {
		RegisterSnapshot s = asOf.snapshot();
		DependencyRisk risk = forThread(s.forceCount());
		for (int i = 0; i < fates.size(); i++) {
			int[] members = fates.get(i).members();
			// equal assumed shares (a national collaboration's thousands of members) rise alike: weighed once
			double equalRise = fates.get(i).viable() && shares[i].sharesAssumed() ? rise(shares[i], 0) : 0;
			for (int k = 0; fates.get(i).viable() && k < members.length; k++) {
				if (members[k] != force) {
					risk.add(members[k], shares[i].sharesAssumed() ? equalRise : rise(shares[i], k));
				}
			}
		}
		for (WithdrawalImpact.Loss loss : losses) {
			risk.add(loss.force(), loss.functions().length == 0 ? 0.5 : 1.0);
		}
		for (Cascade.AtRisk r : cascade) {
			for (int g : asOf.members(s.collab(r.id()))) {
				if (g != force) {
					risk.add(g, 0.25);
				}
			}
		}
		String[] equalRiseWords = new String[fates.size()]; // the same words for every listed member of each
		return Arrays.stream(risk.ranked(limit)).mapToObj(g -> new Risk(s.forceId(g), risk.keep[g], band(risk.keep[g]),
				drivers(asOf, g, fates, shares, losses, cascade, equalRiseWords))).toList();
	}

	/** The exposure of the member at {@code k} to its share's rise, 0.5 · min(1, r), or 0 when it does not rise. */
	private static double rise(CostShares.Split shares, int k) {
		double before = IndexLists.round(shares.before(k));
		double after = IndexLists.round(shares.after(k));
		return after > before && before > 0 ? 0.5 * Math.min(1, (after - before) / before) : 0;
	}

	/**
	 * What makes up listed force g's score, in words and in the order its exposures were added; written only for
	 * the forces listed (a national collaboration exposes thousands), naming collaborations and functions as the
	 * summaries do. A collaboration's rise when its shares are assumed equal is written once, into
	 * {@code equalRiseWords}, for every listed force.
	 */
	private static List<String> drivers(AsOf asOf, int g, List<WithdrawalImpact.Fate> fates, CostShares.Split[] shares,
			List<WithdrawalImpact.Loss> losses, List<Cascade.AtRisk> cascade, String[] equalRiseWords) {
		RegisterSnapshot s = asOf.snapshot();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < fates.size(); i++) {
			// g is a member when the collaboration is among g's few; equal shares are alike at every position
			int k = !fates.get(i).viable() || !IndexLists.contains(asOf.collabsOf(g), fates.get(i).collab()) ? -1
					: shares[i].sharesAssumed() ? 0 : Arrays.binarySearch(fates.get(i).members(), g);
			if (k >= 0 && rise(shares[i], k) > 0) {
				String rises = equalRiseWords[i] != null ? equalRiseWords[i] : "cost share in "
						+ s.collab(fates.get(i).collab()).name() + " rises from "
						+ Words.percents(IndexLists.round(shares[i].before(k)), IndexLists.round(shares[i].after(k)));
				equalRiseWords[i] = shares[i].sharesAssumed() ? rises : null; // only then alike for every member
				words.add(rises);
			}
		}
		for (WithdrawalImpact.Loss loss : losses) {
			if (loss.force() == g) {
				String name = s.collab(loss.collab()).name();
				words.add(loss.functions().length == 0 ? "loses " + name + "; its functions are covered by its other collaborations"
						: "loses " + name + " and with it " + Words.and(IndexLists.functions(s, loss.functions()).stream().map(f -> s.functionName(s.function(f))).toList()));
			}
		}
		for (Cascade.AtRisk r : cascade) {
			if (IndexLists.contains(asOf.members(s.collab(r.id())), g)) {
				words.add("is in " + s.collab(s.collab(r.id())).name() + ", put at risk by the cascade");
			}
		}
		return words;
	}

	/** This thread's scratch, empty, for a snapshot of {@code forces} forces. */
	private static DependencyRisk forThread(int forces) {
		DependencyRisk risk = PER_THREAD.get();
		if (risk == null || risk.keep.length < forces) {
			risk = new DependencyRisk(forces);
			PER_THREAD.set(risk);
		}
		risk.clear(); // a question that failed half-way must not leave its exposures to the next
		return risk;
	}

	/** The {@code limit} most exposed, their scores in {@code keep}. */
	private int[] ranked(int limit) {
		int[] scored = new int[touchedCount];
		int n = 0;
		for (int i = 0; i < touchedCount; i++) {
			int g = touched[i];
			keep[g] = IndexLists.round(1 - keep[g]);
			if (keep[g] > 0) {
				scored[n++] = g;
			}
		}
		return FirstK.of(scored, n, limit, (a, b) -> {
			int byScore = Double.compare(keep[b], keep[a]);
			return byScore != 0 ? byScore : Integer.compare(a, b);
		});
	}

	private void add(int force, double exposure) {
		if (exposure == 0) {
			return; // a share that does not rise is no exposure
		}
		if (!exposed[force]) {
			exposed[force] = true;
			touched[touchedCount++] = force;
			keep[force] = 1;
		}
		keep[force] *= 1 - exposure;
	}

	private void clear() {
		for (int i = 0; i < touchedCount; i++) {
			exposed[touched[i]] = false;
		}
		touchedCount = 0;
	}
}
