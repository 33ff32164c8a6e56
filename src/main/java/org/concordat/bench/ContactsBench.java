package org.concordat.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.ContactFinder;
import org.concordat.analytics.snapshot.RegisterSnapshot;

/**
 * Contacts for several topics, on a smaller sample than the other questions: its Cypher-only query (a
 * breadth-first search written out level by level over the whole co-membership graph, then every matching role
 * scored) takes most of a second at national scale. Each topic is compared as the questions are
 * ({@link SideBySide}), then all topics together. Answers for a force stopped after the slow timeout are left
 * unchecked, and their time is a lower bound.
 */
final class ContactsBench {

	private final RegisterSnapshot snapshot;

	private final Report report;

	private final LocalDate at;

	private final Duration slowTimeout;

	private final SideBySide sideBySide;

	ContactsBench(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at, Duration slowTimeout) {
		this.snapshot = snapshot;
		this.report = report;
		this.at = at;
		this.slowTimeout = slowTimeout;
		this.sideBySide = new SideBySide(snapshot, cypher, report, at, slowTimeout);
	}

	/** @return whether any Cypher answer was stopped (it may still run in the database) */
	boolean run(List<String> forces, List<String> topics) {
		report.section("Contacts: snapshot beside plain Cypher, at " + at + ", " + forces.size() + " sample forces × "
				+ topics.size() + " topics (" + String.join(", ", topics) + "), Cypher stopped after "
				+ slowTimeout.toSeconds() + " s");
		SideBySide.Outcome all = SideBySide.Outcome.none();
		for (String topic : topics) {
			all = all.plus(sideBySide.compare(new SideBySide.Question("contacts (topic " + topic + ", top 10)", "contacts",
					Map.of("topic", topic), 100,
					f -> new ContactFinder(new AsOf(snapshot, at, false)).find(f, topic, 10),
					a -> Answers.contacts(QuestionBench.cast(a)), rows -> Answers.contacts(rows, true), true), forces));
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
}
