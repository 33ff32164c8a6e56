package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
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
 * flat rows ({@link SnapshotQueries}), and assembles them into a register document in export order for
 * {@link SnapshotBuilder#build}, the one way a snapshot is built. The export's per-collaboration projections
 * and their mapping cost seconds at national scale; these rows take a fraction of that.
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
		Map<String, Integer> collabIndex = new HashMap<>(collabRows.size() * 2);
		collabRows.forEach(r -> collabIndex.put(text(r, 0), collabIndex.size()));
		List<List<Membership>> members = MembershipRows.read(tx, collabIndex, forces);
		List<List<Figure>> figures = figures(tx, collabIndex);
		List<Collaboration> collaborations = new ArrayList<>(collabRows.size());
		for (int c = 0; c < collabRows.size(); c++) {
			Record r = collabRows.get(c);
			collaborations.add(new Collaboration(text(r, 0), text(r, 1), text(r, 2), text(r, 3), null, text(r, 4),
					text(r, 5), text(r, 6), null, number(r, 7), null, strings(r.get(8)), List.of(), strings(r.get(9)),
					List.of(), members.get(c), figures.get(c), Map.of()));
		}
		List<Person> people = tx.run(SnapshotQueries.PEOPLE).list(SnapshotReader::person);
		List<Lesson> lessons = tx.run(SnapshotQueries.LESSONS).list(r -> new Lesson(text(r, 0), text(r, 1), null,
				text(r, 2), text(r, 3), null, text(r, 4), text(r, 5)));
		return new RegisterDocument(functions, forces, collaborations, people, lessons);
	}

	private static List<List<Figure>> figures(TransactionContext tx, Map<String, Integer> collabIndex) {
		List<List<Figure>> figures = new ArrayList<>(java.util.Collections.nCopies(collabIndex.size(), (List<Figure>) null));
		tx.run(SnapshotQueries.FIGURES).forEachRemaining(r -> {
			int c = collabIndex.get(text(r, 0));
			if (figures.get(c) == null) {
				figures.set(c, new ArrayList<>());
			}
			figures.get(c).add(new Figure(text(r, 1), text(r, 2), number(r, 3), text(r, 4), text(r, 5), text(r, 6),
					text(r, 7), text(r, 8), text(r, 9)));
		});
		for (int c = 0; c < figures.size(); c++) {
			List<Figure> of = figures.get(c);
			if (of == null) {
				figures.set(c, List.of());
			}
			else {
				of.sort(java.util.Comparator.comparing(Figure::id)); // the export's order
			}
		}
		return figures;
	}

	private static Person person(Record r) {
		List<Person.Lead> leads = r.get(5).asList(v -> new Person.Lead(text(v.get(0)), text(v.get(1)), text(v.get(2))));
		List<Person.ContactRole> contacts = r.get(6).asList(v -> new Person.ContactRole(text(v.get(0)),
				strings(v.get(3)), text(v.get(1)), text(v.get(2))));
		return new Person(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), null, leads, contacts).sorted();
	}

	static String text(Record r, int i) {
		return text(r.get(i));
	}

	static String text(Value v) {
		return v.isNull() ? null : v.asString();
	}

	static Double number(Record r, int i) {
		Value v = r.get(i);
		return v.isNull() ? null : v.asNumber().doubleValue();
	}

	private static List<String> strings(Value v) {
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}
}
