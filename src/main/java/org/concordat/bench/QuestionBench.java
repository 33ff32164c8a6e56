package org.concordat.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Similar forces, overlaps for one force and withdrawal, each answered from the snapshot and by its Cypher-only
 * query for the same sample of forces at the same date ({@link SideBySide}); then the endpoint's whole
 * withdrawal answer, which has no Cypher twin, timed alone.
 */
final class QuestionBench {

	private final RegisterSnapshot snapshot;

	private final Report report;

	private final LocalDate at;

	private final SideBySide sideBySide;

	QuestionBench(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at) {
		this.snapshot = snapshot;
		this.report = report;
		this.at = at;
		this.sideBySide = new SideBySide(snapshot, cypher, report, at, Duration.ZERO);
	}

	void run(List<String> forces) {
		report.section("Questions: snapshot beside plain Cypher, at " + at + ", " + forces.size() + " sample forces");
		sideBySide.compare(new SideBySide.Question<>("similar forces (top 10)", "similar-forces", Map.of(), 200,
				f -> new ForceSimilarity(sideBySide.asOf()).of(f, 10, false), Answers::similar,
				rows -> Answers.similar(rows, true)), forces);
		sideBySide.compare(new SideBySide.Question<>("similar forces by Adamic-Adar (top 10)", "similar-forces-adamic-adar",
				Map.of(), 100, f -> new ForceSimilarity(sideBySide.asOf()).byCollaborations(f, 10,
						ForceSimilarity.Method.ADAMIC_ADAR), Answers::similar, rows -> Answers.similar(rows, true)), forces);
		// compared whole: every pair, unpaged
		sideBySide.compare(new SideBySide.Question<>("overlaps for one force", "overlaps-for-force", Map.of(), 100,
				f -> new Overlaps(sideBySide.asOf()).find(f, -1, null), Answers::overlaps,
				rows -> Answers.overlaps(rows, true)), forces);
		// as the endpoint lists members by default, then every member for reference
		int listed = WithdrawalImpact.DEFAULT_MEMBER_LIMIT;
		sideBySide.compare(withdrawal("withdrawal (all of a force's collaborations, " + listed + " members listed each)",
				listed, 100), forces);
		sideBySide.compare(withdrawal("withdrawal (the same, every member listed; for reference)",
				SideBySide.EVERY_MEMBER, 0), forces);
		wholeWithdrawal(forces);
	}

	private SideBySide.Question<WithdrawalImpact.Collaborations> withdrawal(String name, int memberLimit, double target) {
		return new SideBySide.Question<>(name, "withdrawal", Map.of("memberLimit", memberLimit), target,
				f -> WithdrawalImpact.collaborations(sideBySide.asOf(), f, -1, memberLimit), Answers::withdrawal,
				rows -> Answers.withdrawal(rows, true));
	}

	/**
	 * The endpoint's whole answer also works out the network effect, the cascade, each force's dependency risk
	 * and precedents, which the Cypher query does not: timed alone, beside nothing, with the endpoint's default
	 * limits.
	 */
	private void wholeWithdrawal(List<String> forces) {
		Latencies whole = new Latencies();
		Connectivity network = Connectivity.of(sideBySide.asOf()); // worked out once per date, as a server does
		for (int pass = 0; pass < 2; pass++) {
			for (String id : forces) {
				long started = System.nanoTime();
				new WithdrawalImpact(sideBySide.asOf(), network).of(snapshot.force(id), -1,
						WithdrawalImpact.DEFAULT_RISK_LIMIT, WithdrawalImpact.DEFAULT_MEMBER_LIMIT,
						WithdrawalImpact.DEFAULT_UNCERTAIN_LIMIT, WithdrawalImpact.DEFAULT_PAIR_LIMIT);
				if (pass == 1) {
					whole.add(System.nanoTime() - started);
				}
			}
		}
		report.line("  the endpoint's whole withdrawal answer (adds network effect, cascade, risk, precedents; no"
				+ " Cypher twin): %s", whole.summary());
	}
}
