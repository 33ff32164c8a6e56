package org.concordat.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Top-10 similar forces for every force: from the snapshot on two threads (each with its own as-of view,
 * whose member lists it fills as it goes), beside the Cypher-only way, the similar-forces query once per
 * force on two sessions. The Cypher way is run for an evenly spread sample of forces and extrapolated to all
 * of them (it would take minutes); the sample's answers are checked against the snapshot's.
 */
final class AllPairsBench {

	private final RegisterSnapshot snapshot;

	private final CypherQuestions cypher;

	private final Report report;

	private final LocalDate at;

	AllPairsBench(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at) {
		this.snapshot = snapshot;
		this.cypher = cypher;
		this.report = report;
		this.at = at;
	}

	void run(int cypherSample) throws Exception {
		int n = snapshot.forceCount();
		report.section("All-pairs top-10 similar forces for all " + n + " forces, two threads");
		Map<Integer, List<ForceSimilarity.Similar>> all = new ConcurrentHashMap<>();
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			allFromSnapshot(two, all); // warm-up
			long started = System.nanoTime();
			allFromSnapshot(two, all);
			long snapshotNanos = System.nanoTime() - started;
			int step = Math.max(1, n / cypherSample);
			List<Integer> sample = IntStream.range(0, n).filter(f -> f % step == 0).boxed().toList();
			String query = CypherQuestions.query("similar-forces");
			Map<Integer, Answers> theirs = new ConcurrentHashMap<>();
			started = System.nanoTime();
			List<Future<?>> work = sample.stream().map(f -> two.submit(() -> theirs.put(f, Answers.similar(
					cypher.run(query, Map.of("force", snapshot.forceId(f), "at", at.toString(), "limit", 10)), true))))
				.<Future<?>>map(x -> x).toList();
			for (Future<?> w : work) {
				w.get();
			}
			long sampleNanos = System.nanoTime() - started;
			double extrapolated = (double) sampleNanos / sample.size() * n;
			long agree = sample.stream().filter(f -> Answers.similar(all.get(f)).agrees(theirs.get(f))).count();
			report.line("snapshot, all %,d forces: %,.0f ms", n, snapshotNanos / 1e6);
			report.line("cypher, %d forces sampled: %,.0f ms, extrapolated to all %,d: %,.0f ms (%.1f min)", sample.size(),
					sampleNanos / 1e6, n, extrapolated / 1e6, extrapolated / 6e10);
			report.line("sampled answers identical: %d of %d", agree, sample.size());
			if (agree != sample.size()) {
				report.disagree("all-pairs: " + (sample.size() - agree) + " sampled forces differ");
			}
			report.ratio("all-pairs cypher (extrapolated) / snapshot", extrapolated / snapshotNanos, 100, true);
		}
		finally {
			two.shutdown();
		}
	}

	private void allFromSnapshot(ExecutorService two, Map<Integer, List<ForceSimilarity.Similar>> into)
			throws Exception {
		int n = snapshot.forceCount();
		List<Future<?>> halves = IntStream.range(0, 2).mapToObj(half -> two.submit(() -> {
			AsOf asOf = new AsOf(snapshot, at, false);
			ForceSimilarity similarity = new ForceSimilarity(asOf);
			for (int f = half; f < n; f += 2) {
				into.put(f, similarity.of(f, 10, false));
			}
		})).<Future<?>>map(x -> x).toList();
		for (Future<?> h : halves) {
			h.get();
		}
	}
}
