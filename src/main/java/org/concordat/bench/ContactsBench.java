package org.concordat.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * Contacts for several topics, on a smaller sample than the other questions: its Cypher-only query (a
 * breadth-first search written out level by level over the whole co-membership graph, then every matching role
 * scored) takes most of a second at national scale. Each topic is compared as the questions are
 * ({@link SideBySide}), then all topics together. Answers for a force stopped after the slow timeout are left
 * unchecked, and their time is a lower bound.
 */
final class ContactsBench {

	private final Report report;

	private final LocalDate at;

	private final Duration slowTimeout;

	private final SideBySide sideBySide;

	ContactsBench(RegisterSnapshot snapshot, CypherQuestions cypher, Report report, LocalDate at, Duration slowTimeout) {
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
			all = all.plus(sideBySide.compare(new SideBySide.Question<>("contacts (topic " + topic + ", top 10)",
					"contacts", Map.of("topic", topic), 100,
					f -> new ContactFinder(sideBySide.asOf()).find(f, topic, 10), Answers::contacts,
					rows -> Answers.contacts(rows, true)), forces));
		}
		report.line("contacts, all %d topics: %d answers", topics.size(), all.compared());
		sideBySide.print("contacts, all topics,", all, 100);
		return all.timedOut() > 0;
	}
}
