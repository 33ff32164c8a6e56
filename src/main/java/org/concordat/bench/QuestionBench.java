package org.concordat.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.ContactFinder;
import org.concordat.analytics.ForceSimilarity;
import org.concordat.analytics.Overlaps;
import org.concordat.analytics.WithdrawalImpact;
import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.neo4j.driver.Record;

/**
 * Each question, for the same sample of forces and the same date, answered from the snapshot and by its
 * Cypher-only query: every pair of answers must agree (a disagreement fails the run), and the latencies of
 * both are printed with their ratio. The snapshot's time includes everything a request does past parsing:
 * the as-of view, the question, the answer records; the Cypher time is the query's round trip over Bolt.
 */
final class QuestionBench {

	private final RegisterSnapshot snapshot;

	private final CypherQuestions cypher;

	private final Report report;

	private final LocalDate at;

	/** How long a slow Cypher answer (contacts) is waited for before it is stopped. */
	private java.time.Duration slowTimeout;

	/** A member limit no collaboration reaches: every member listed. */
	private static final int EVERY_MEMBER = 1_000_000;

	QuestionBench(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at) {
		this.snapshot = snapshot;
		this.cypher = cypher;
		this.report = report;
		this.at = at;
	}

	void run(List<String> forces) {
		report.section("Questions: snapshot beside plain Cypher, at " + at + ", " + forces.size() + " sample forces");
		compare("similar forces (top 10)", "similar-forces", forces, Map.of(), 200,
				f -> new ForceSimilarity(asOf()).of(f, 10, false), a -> Answers.similar(cast(a)),
				rows -> Answers.similar(rows, true), false);
		compare("overlaps for one force", "overlaps-for-force", forces, Map.of(), 100,
				f -> new Overlaps(asOf()).find(f, -1, null), a -> Answers.overlaps((Overlaps.Answer) a),
				rows -> Answers.overlaps(rows, true), false);
		int listed = WithdrawalImpact.DEFAULT_MEMBER_LIMIT;
		compare("withdrawal (all of a force's collaborations, " + listed + " members listed each)", "withdrawal", forces,
				Map.of("memberLimit", listed), 100, f -> new WithdrawalImpact(asOf()).collaborations(f, -1, listed),
				a -> Answers.withdrawal((WithdrawalImpact.Collaborations) a), rows -> Answers.withdrawal(rows, true), false);
		compare("withdrawal (the same, every member listed; for reference)", "withdrawal", forces,
				Map.of("memberLimit", EVERY_MEMBER), 0, f -> new WithdrawalImpact(asOf()).collaborations(f, -1, EVERY_MEMBER),
				a -> Answers.withdrawal((WithdrawalImpact.Collaborations) a), rows -> Answers.withdrawal(rows, true), false);
		wholeWithdrawal(forces);
	}

	/**
	 * The endpoint's whole answer also works out the network effect, the cascade, each force's dependency risk
	 * and precedents, which the Cypher query does not: timed alone, beside nothing, with the endpoint's default
	 * limits.
	 */
	private void wholeWithdrawal(List<String> forces) {
		Latencies whole = new Latencies();
		for (int pass = 0; pass < 2; pass++) {
			for (String id : forces) {
				long started = System.nanoTime();
				new WithdrawalImpact(asOf()).of(snapshot.force(id), -1, WithdrawalImpact.DEFAULT_RISK_LIMIT,
						WithdrawalImpact.DEFAULT_MEMBER_LIMIT);
				if (pass == 1) {
					whole.add(System.nanoTime() - started);
				}
			}
		}
		report.line("  the endpoint's whole withdrawal answer (adds network effect, cascade, risk, precedents; no"
				+ " Cypher twin): %s", whole.summary());
	}

	/**
	 * Contacts for several topics, on a smaller sample: its Cypher-only query (a breadth-first search written
	 * out level by level over the whole co-membership graph, then every matching role scored) takes most of a
	 * second at national scale. Each topic is compared as the questions are, then all topics together. Answers
	 * for a force stopped after {@code slowTimeout} are left unchecked, and their time is a lower bound.
	 *
	 * @return whether any Cypher answer was stopped (it may still run in the database)
	 */
	boolean runContacts(List<String> forces, List<String> topics, java.time.Duration slowTimeout) {
		this.slowTimeout = slowTimeout;
		report.section("Contacts: snapshot beside plain Cypher, at " + at + ", " + forces.size() + " sample forces × "
				+ topics.size() + " topics (" + String.join(", ", topics) + "), Cypher stopped after "
				+ slowTimeout.toSeconds() + " s");
		Outcome all = new Outcome(new Latencies(), new Latencies(), 0, 0, 0);
		for (String topic : topics) {
			Outcome one = compare("contacts (topic " + topic + ", top 10)", "contacts", forces, Map.of("topic", topic), 100,
					f -> new ContactFinder(asOf()).find(f, topic, 10), a -> Answers.contacts(cast(a)),
					rows -> Answers.contacts(rows, true), true);
			all = all.plus(one);
		}
		report.line("contacts, all %d topics: %d answers", topics.size(), all.compared());
		report.line("  snapshot: %s", all.snapshot().summary());
		report.line("  cypher:   %s", all.cypher().summary());
		report.line("  answers identical for %d of %d", all.compared() - all.disagreements() - all.timedOut(),
				all.compared());
		if (all.timedOut() == 0) {
			report.ratio("  contacts, all topics, p50 cypher / snapshot",
					all.cypher().percentileMicros(50) / all.snapshot().percentileMicros(50), 100, true);
			report.ratio("  contacts, all topics, p99 cypher / snapshot",
					all.cypher().percentileMicros(99) / all.snapshot().percentileMicros(99), 100, true);
		}
		return all.timedOut() > 0;
	}

	/** The timings and counts of one comparison, and of several added up. */
	private record Outcome(Latencies snapshot, Latencies cypher, int compared, int disagreements, int timedOut) {

		Outcome plus(Outcome other) {
			snapshot.addAll(other.snapshot);
			cypher.addAll(other.cypher);
			return new Outcome(snapshot, cypher, compared + other.compared, disagreements + other.disagreements,
					timedOut + other.timedOut);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(Object answer) {
		return (List<T>) answer;
	}

	/** Every query's parameters (each uses those it names), with {@code extra} over the defaults. */
	private Map<String, Object> parameters(String force, Map<String, Object> extra) {
		Map<String, Object> p = new java.util.HashMap<>(Map.of("force", force, "at", at.toString(), "topic", "withdrawal",
				"limit", 10, "memberLimit", EVERY_MEMBER));
		p.putAll(extra);
		return p;
	}

	private AsOf asOf() {
		return new AsOf(snapshot, at, false);
	}

	/** @param target the least ratio Cypher / snapshot to meet, or 0 to print the ratios without one */
	private Outcome compare(String name, String queryName, List<String> forces, Map<String, Object> extra, double target,
			IntFunction<Object> fromSnapshot, Function<Object, Answers> comparable, Function<List<Record>, Answers> fromCypher,
			boolean slow) {
		String query = CypherQuestions.query(queryName);
		Latencies snap = new Latencies();
		Latencies plain = new Latencies();
		int disagreements = 0;
		int timedOut = 0;
		// Warm-up: the snapshot path until the JIT has compiled it (a running server's is hot), the Cypher path
		// twice through (query plans cached, pages in memory), or twice for one force when it is the slow one.
		long warmUntil = System.nanoTime() + 3_000_000_000L;
		for (int pass = 0; pass < 5 || System.nanoTime() < warmUntil; pass++) {
			for (String id : forces) {
				fromSnapshot.apply(snapshot.force(id));
			}
		}
		for (int pass = 0; pass < 2; pass++) {
			for (String id : slow ? forces.subList(0, Math.min(1, forces.size())) : forces) {
				if (slow) {
					cypher.run(query, parameters(id, extra), slowTimeout);
				}
				else {
					cypher.run(query, parameters(id, extra));
				}
			}
		}
		// Each side in a loop of its own, as a server answers request after request (interleaving them would
		// have each answer start with the other's data in the caches); answers are compared afterwards.
		List<Object> mine = new java.util.ArrayList<>();
		for (String id : forces) {
			long started = System.nanoTime();
			Object answer = fromSnapshot.apply(snapshot.force(id));
			snap.add(System.nanoTime() - started);
			mine.add(answer);
		}
		for (int i = 0; i < forces.size(); i++) {
			String id = forces.get(i);
			long started = System.nanoTime();
			List<Record> rows = slow ? cypher.run(query, parameters(id, extra), slowTimeout)
					: cypher.run(query, parameters(id, extra));
			plain.add(System.nanoTime() - started);
			if (rows == null) {
				timedOut++;
			}
			else if (!comparable.apply(mine.get(i)).agrees(fromCypher.apply(rows))) {
				disagreements++;
				if (disagreements <= 3) {
					report.disagree(name + " for " + id + ":\n      snapshot " + comparable.apply(mine.get(i))
							+ "\n      cypher   " + fromCypher.apply(rows));
				}
			}
		}
		report.line("%s (cypher/queries/%s.cypher)", name, queryName);
		report.line("  snapshot: %s", snap.summary());
		report.line("  cypher:   %s", plain.summary());
		report.line("  answers identical for %d of %d forces%s", forces.size() - disagreements - timedOut, forces.size(),
				timedOut == 0 ? "" : String.format("; %d Cypher answers stopped after %d s, unchecked, their time a lower bound",
						timedOut, slowTimeout.toSeconds()));
		if (timedOut > 0) {
			report.unverified(String.format("  %s p50 cypher / snapshot ≥ %.0f× (a lower bound: Cypher stopped; answers"
					+ " unchecked here, see CypherAgreementTests)", name, plain.percentileMicros(50) / snap.percentileMicros(50)));
			return new Outcome(snap, plain, forces.size(), disagreements, timedOut);
		}
		if (target == 0) {
			report.line("  p50 cypher / snapshot %.1f×, p99 %.1f×", plain.percentileMicros(50) / snap.percentileMicros(50),
					plain.percentileMicros(99) / snap.percentileMicros(99));
			return new Outcome(snap, plain, forces.size(), disagreements, timedOut);
		}
		report.ratio("  " + name + " p50 cypher / snapshot", plain.percentileMicros(50) / snap.percentileMicros(50),
				target, true);
		report.ratio("  " + name + " p99 cypher / snapshot", plain.percentileMicros(99) / snap.percentileMicros(99),
				target, true);
		return new Outcome(snap, plain, forces.size(), disagreements, timedOut);
	}
}
