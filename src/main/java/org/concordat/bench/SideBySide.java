package org.concordat.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.neo4j.driver.Record;

/**
 * One question, for a sample of forces at one date, answered from the snapshot and by its Cypher-only query:
 * every pair of answers must agree (a disagreement fails the run), and the latencies of both are printed with
 * their ratio. The snapshot's time includes everything a request does past parsing: the as-of view, the
 * question, the answer records; the Cypher time is the query's round trip over Bolt.
 */
final class SideBySide {

	/** A member limit no collaboration reaches: every member listed. */
	static final int EVERY_MEMBER = 1_000_000;

	/**
	 * How many times each side answers for every force (the slow ones once): the p99 of one pass over 100 forces
	 * is its second slowest answer, and a snapshot answer is microseconds, where one interruption doubles it. Over
	 * one pass the Adamic–Adar snapshot p99 ran from 41 to 83 µs in nine whole benches of unchanged code (91–235×
	 * Cypher); over three, the p99 is the fourth slowest of 300 on both sides.
	 */
	static final int PASSES = 3;

	/**
	 * @param parameters the query's parameters beyond the force, the date and the defaults
	 * @param target the least ratio Cypher / snapshot to meet, or 0 to print the ratios without one
	 * @param <T> the snapshot's answer
	 */
	record Question<T>(String name, String query, Map<String, Object> parameters, double target,
			IntFunction<T> fromSnapshot, Function<T, Answers> comparable, Function<List<Record>, Answers> fromCypher) {
	}

	/** The timings and counts of one comparison, and of several added up. */
	record Outcome(Latencies snapshot, Latencies cypher, int compared, int disagreements, int timedOut) {

		static Outcome none() {
			return new Outcome(new Latencies(), new Latencies(), 0, 0, 0);
		}

		Outcome plus(Outcome other) {
			snapshot.addAll(other.snapshot);
			cypher.addAll(other.cypher);
			return new Outcome(snapshot, cypher, compared + other.compared, disagreements + other.disagreements,
					timedOut + other.timedOut);
		}
	}

	private final RegisterSnapshot snapshot;

	private final CypherQuestions cypher;

	private final Report report;

	private final LocalDate at;

	/** How long a Cypher answer is waited for before it is stopped, or zero to wait for every one. */
	private final Duration slowTimeout;

	SideBySide(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at, Duration slowTimeout) {
		this.snapshot = snapshot;
		this.cypher = cypher;
		this.report = report;
		this.at = at;
		this.slowTimeout = slowTimeout;
	}

	AsOf asOf() {
		return new AsOf(snapshot, at, false);
	}

	/** Whether Cypher answers are stopped after the timeout (and warmed up on one force: they are the slow ones). */
	private boolean slow() {
		return !slowTimeout.isZero();
	}

	/** Every query's parameters (each uses those it names), with the question's own over the defaults. */
	private Map<String, Object> parameters(String force, Map<String, Object> extra) {
		Map<String, Object> p = new HashMap<>(Map.of("force", force, "at", at.toString(), "topic", "withdrawal",
				"limit", 10, "memberLimit", EVERY_MEMBER));
		p.putAll(extra);
		return p;
	}

	<T> Outcome compare(Question<T> q, List<String> forces) {
		String query = CypherQuestions.query(q.query());
		warmUp(q, query, forces);
		// Each side in a loop of its own, as a server answers request after request (interleaving them would
		// have each answer start with the other's data in the caches); answers are compared afterwards, each pass's.
		Latencies snap = new Latencies();
		Latencies plain = new Latencies();
		int disagreements = 0;
		int timedOut = 0;
		int passes = slow() ? 1 : PASSES;
		for (int pass = 0; pass < passes; pass++) {
			List<T> mine = new java.util.ArrayList<>();
			for (String id : forces) {
				long started = System.nanoTime();
				T answer = q.fromSnapshot().apply(snapshot.force(id));
				snap.add(System.nanoTime() - started);
				mine.add(answer);
			}
			for (int i = 0; i < forces.size(); i++) {
				long started = System.nanoTime();
				List<Record> rows = run(q, query, forces.get(i));
				plain.add(System.nanoTime() - started);
				if (rows == null) {
					timedOut++;
				}
				else if (!agree(q, forces.get(i), mine.get(i), rows, disagreements)) {
					disagreements++;
				}
			}
		}
		Outcome outcome = new Outcome(snap, plain, forces.size() * passes, disagreements, timedOut);
		report.line("%s (cypher/queries/%s.cypher)", q.name(), q.query());
		print(q.name(), outcome, q.target());
		return outcome;
	}

	/**
	 * The snapshot path until the JIT has compiled it (a running server's is hot), the Cypher path twice through
	 * (query plans cached, pages in memory), or twice for one force when it is the slow one.
	 */
	private void warmUp(Question<?> q, String query, List<String> forces) {
		long warmUntil = System.nanoTime() + 3_000_000_000L;
		for (int pass = 0; pass < 5 || System.nanoTime() < warmUntil; pass++) {
			for (String id : forces) {
				q.fromSnapshot().apply(snapshot.force(id));
			}
		}
		for (int pass = 0; pass < 2; pass++) {
			for (String id : slow() ? forces.subList(0, Math.min(1, forces.size())) : forces) {
				run(q, query, id);
			}
		}
	}

	/** The Cypher answer, or null when a slow one was stopped. */
	private List<Record> run(Question<?> q, String query, String force) {
		Map<String, Object> parameters = parameters(force, q.parameters());
		return slow() ? cypher.run(query, parameters, slowTimeout) : cypher.run(query, parameters);
	}

	/** Whether the two answers agree; the first three disagreements of a question are printed. */
	private <T> boolean agree(Question<T> q, String force, T mine, List<Record> rows, int disagreementsSoFar) {
		Answers snapshotAnswer = q.comparable().apply(mine);
		Answers cypherAnswer = q.fromCypher().apply(rows);
		if (snapshotAnswer.agrees(cypherAnswer)) {
			return true;
		}
		if (disagreementsSoFar < 3) {
			report.disagree(q.name() + " for " + force + ":\n      snapshot " + snapshotAnswer + "\n      cypher   "
					+ cypherAnswer);
		}
		return false;
	}

	/** The latencies of both sides, the answers that agreed, and the ratios Cypher / snapshot against {@code target}. */
	void print(String name, Outcome o, double target) {
		report.line("  snapshot: %s", o.snapshot().summary());
		report.line("  cypher:   %s", o.cypher().summary());
		report.line("  answers identical for %d of %d%s", o.compared() - o.disagreements() - o.timedOut(), o.compared(),
				o.timedOut() == 0 ? "" : String.format("; %d Cypher answers stopped after %d s, unchecked,"
						+ " their time a lower bound", o.timedOut(), slowTimeout.toSeconds()));
		double p50 = o.cypher().percentileMicros(50) / o.snapshot().percentileMicros(50);
		double p99 = o.cypher().percentileMicros(99) / o.snapshot().percentileMicros(99);
		if (o.timedOut() > 0) {
			report.unverified(String.format("  %s p50 cypher / snapshot ≥ %.0f× (a lower bound: Cypher stopped; answers"
					+ " unchecked here, see CypherAgreementTests)", name, p50));
		}
		else if (target == 0) {
			report.line("  p50 cypher / snapshot %.1f×, p99 %.1f×", p50, p99);
		}
		else {
			report.ratio("  " + name + " p50 cypher / snapshot", p50, target, true);
			report.ratio("  " + name + " p99 cypher / snapshot", p99, target, true);
		}
	}
}
