package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the parts of the register the snapshot uses straight from the driver, in one read transaction, as
 * flat rows ({@link SnapshotQueries}), and assembles them into a register document for the one builder. The
 * queries of one transaction do not see one state (Neo4j reads committed data): a membership or figure whose
 * collaboration was not yet there when the collaborations were read is left out, and {@link Snapshots} puts
 * right whatever a write committed during the read changed by replaying the change log from before it.
 * {@link #readRowsOnly} runs the same queries and keeps nothing: the floor the build is measured against.
 */
@Component
public class SnapshotReader {

	private final Driver driver;

	SnapshotReader(Driver driver) {
		this.driver = driver;
	}

	public RegisterDocument read() {
		try (Session session = driver.session()) {
			return session.executeRead(this::read);
		}
	}

	/** Runs the snapshot's queries and touches every value of every row; answers the number of rows. */
	public long readRowsOnly() {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				long rows = 0;
				for (String query : SnapshotQueries.ALL) {
					var result = tx.run(query);
					while (result.hasNext()) {
						result.next().values();
						rows++;
					}
				}
				return rows;
			});
		}
	}

	private RegisterDocument read(TransactionContext tx) {
		List<PolicingFunction> functions = tx.run(SnapshotQueries.FUNCTIONS).list(r -> new PolicingFunction(text(r, 0),
				text(r, 1)));
		List<Force> forces = tx.run(SnapshotQueries.FORCES).list(r -> new Force(text(r, 0), text(r, 1), text(r, 2),
				new Force.Headquarters(null, number(r, 3), number(r, 4))));
		List<Record> collabRows = tx.run(SnapshotQueries.COLLABORATIONS).list();
		Map<String, List<Membership>> members = new HashMap<>(collabRows.size() * 2);
		Map<String, List<Figure>> figures = new HashMap<>();
		collabRows.forEach(r -> members.put(text(r, 0), new ArrayList<>()));
		tx.run(SnapshotQueries.MEMBERSHIPS).forEachRemaining(r -> {
			List<Membership> of = members.get(text(r, 0));
			if (of != null) { // else its collaboration was written after it was read
				of.add(new Membership(text(r, 1), text(r, 2), text(r, 3), text(r, 4), number(r, 5), null,
						r.get(6).isNull() ? null : r.get(6).asBoolean()));
			}
		});
		tx.run(SnapshotQueries.FIGURES).forEachRemaining(r -> figures.computeIfAbsent(text(r, 0), c -> new ArrayList<>())
			.add(new Figure(text(r, 1), text(r, 2), number(r, 3), text(r, 4), text(r, 5), text(r, 6), text(r, 7),
					text(r, 8), text(r, 9))));
		List<Collaboration> collaborations = new ArrayList<>(collabRows.size());
		for (Record r : collabRows) {
			collaborations.add(new Collaboration(text(r, 0), text(r, 1), text(r, 2), text(r, 3), null, text(r, 4),
					text(r, 5), text(r, 6), null, number(r, 7), null, strings(r.get(8)), List.of(), strings(r.get(9)),
					List.of(), members.get(text(r, 0)), figures.getOrDefault(text(r, 0), List.of()), Map.of()));
		}
		List<Person> people = tx.run(SnapshotQueries.PEOPLE).list(SnapshotReader::person);
		List<Lesson> lessons = tx.run(SnapshotQueries.LESSONS).list(r -> new Lesson(text(r, 0), text(r, 1), null,
				text(r, 2), text(r, 3), null, text(r, 4), text(r, 5)));
		return new RegisterDocument(functions, forces, collaborations, people, lessons);
	}

	private static Person person(Record r) {
		List<Person.Lead> leads = r.get(5).asList(v -> new Person.Lead(text(v.get(0)), text(v.get(1)), text(v.get(2))));
		List<Person.ContactRole> contacts = r.get(6).asList(v -> new Person.ContactRole(text(v.get(0)),
				strings(v.get(3)), text(v.get(1)), text(v.get(2))));
		return new Person(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), null, leads, contacts);
	}

	private static String text(Record r, int i) {
		return text(r.get(i));
	}

	private static String text(Value v) {
		return v.isNull() ? null : v.asString();
	}

	private static Double number(Record r, int i) {
		Value v = r.get(i);
		return v.isNull() ? null : v.asNumber().doubleValue();
	}

	private static List<String> strings(Value v) {
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}
}
