package org.concordat.analytics.snapshot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot advanced by a write's changes is, index for index, the one built whole from the register after
 * the write. And every date a register can hold comes back exactly.
 */
public class SnapshotAdvanceTests {

	static Stream<Long> seeds() {
		return new Random(20261125).longs(60).boxed();
	}

	/**
	 * The searches behind {@code memberCollab}, {@code lessonsOf} and the id look-ups, held to a walk of every
	 * block and record: random registers have collaborations without members (empty blocks that start where
	 * the next does) and without lessons, and {@link #dump} compares two snapshots that search alike.
	 */
	@ParameterizedTest(name = "register {0}")
	@MethodSource("seeds")
	void aMembershipsCollaborationALessonsCollaborationAndAnIdsIndexAreFoundByWalkingEveryOne(long seed) {
		RegisterSnapshot s = SnapshotBuilder.build(1, RandomRegister.of(seed));
		int lessonsSeen = 0;
		for (int c = 0; c < s.collabCount(); c++) {
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				assertThat(s.memberCollab(m)).isEqualTo(c);
			}
			for (LessonLearned l : s.lessonsOf(c)) {
				assertThat(l.collab()).isEqualTo(c);
			}
			lessonsSeen += s.lessonsOf(c).size();
			assertThat(s.collab(s.collabId(c))).isEqualTo(c);
		}
		assertThat(lessonsSeen).isEqualTo(s.lessons().size());
		for (int f = 0; f < s.forceCount(); f++) {
			assertThat(s.force(s.forceId(f))).isEqualTo(f);
		}
		assertThat(s.force("no such force")).isEqualTo(-1);
		assertThat(s.force(null)).isEqualTo(-1);
		assertThat(s.collab("")).isEqualTo(-1);
	}

	@ParameterizedTest(name = "register {0}")
	@MethodSource("seeds")
	void anAdvancedSnapshotReadsAsOneBuiltAfterTheWrite(long seed) {
		RegisterDocument before = RandomRegister.of(seed);
		List<Force> forces = new ArrayList<>(before.forces());
		forces.add(new Force("unused", "Unused", "R9", null));
		before = new RegisterDocument(before.functions(), forces, before.collaborations(), before.people(),
				before.lessons());
		RegisterSnapshot old = SnapshotBuilder.build(1, before);
		Random random = new Random(seed);
		List<Collaboration> collabs = new ArrayList<>(before.collaborations());
		Collaboration first = collabs.get(0);
		List<Membership> members = new ArrayList<>(first.members());
		if (!members.isEmpty()) {
			members.set(0, members.get(0).withLeft("2019-05"));
			members.remove(members.size() - 1);
		}
		members.add(new Membership("f-new", "2018", null, "host", 0.5, null));
		Collaboration changed = new Collaboration(first.id(), "Renamed", "other kind", "regional", null, "proposed",
				"1969-12-31", "9999", null, 5.0, null, List.of("k2", "k9", "k1"), List.of(), List.of(), List.of(),
				members, List.of(new Figure("g", "saving", 3.0, "annual", "0099-01", "f-new", "s2", "a note", "low")),
				Map.of());
		Collaboration added = new Collaboration("c-new", "New", "unit", "national", null, "active", "2010", null, null,
				null, null, List.of("k0"), List.of(), List.of(first.id()), List.of(),
				List.of(new Membership("f0", null, null, "member", null, null),
						new Membership("f-new", "2012-02-03", "2030", "lead", null, null)),
				List.of(), Map.of());
		collabs.set(0, changed);
		collabs.add(added);
		Set<String> deletedCollabs = collabs.size() > 3 ? Set.of(collabs.get(2).id()) : Set.of();
		collabs.removeIf(c -> deletedCollabs.contains(c.id()));
		Force newForce = new Force("f-new", "New force", "R1", new Force.Headquarters("t", 51.5, -0.1));
		Force renamed = new Force("f1", "Renamed force", "R2", null);
		List<Force> afterForces = new ArrayList<>(before.forces().stream()
			.filter(f -> !f.id().equals("unused")).map(f -> f.id().equals("f1") ? renamed : f).toList());
		afterForces.add(newForce);
		List<PolicingFunction> functions = new ArrayList<>(before.functions().stream()
			.filter(fn -> !fn.id().equals("withdrawal-help")).toList());
		PolicingFunction k9 = new PolicingFunction("k9", "K9");
		functions.add(k9);
		List<Person> people = new ArrayList<>(before.people());
		List<Person> changedPeople = new ArrayList<>();
		Set<String> deletedPeople = new TreeSet<>();
		if (!people.isEmpty()) {
			Person p = people.get(0);
			Person q = new Person(p.id(), "A name", null, "Chief", "f-new", null,
					List.of(new Person.Lead("c-new", "2011", null)),
					List.of(new Person.ContactRole(first.id(), List.of("k9", "withdrawal"), "1950", "2040")));
			people.set(0, q);
			changedPeople.add(q);
			if (people.size() > 1 && random.nextBoolean()) {
				deletedPeople.add(people.remove(people.size() - 1).id());
			}
		}
		Person newcomer = new Person("p-newcomer", null, "Analyst", null, "f0", null, List.of(),
				List.of(new Person.ContactRole("c-new", List.of(), null, null)));
		people.add(newcomer);
		changedPeople.add(newcomer);
		List<Lesson> lessons = new ArrayList<>(before.lessons());
		Set<String> deletedLessons = lessons.isEmpty() ? Set.of() : Set.of(lessons.remove(0).id());
		Lesson lesson = new Lesson("l-new", "Learned", null, "withdrawal", "2015-07", "s", "c-new", null);
		lessons.add(lesson);
		RegisterDocument after = new RegisterDocument(functions, afterForces, collabs, people, lessons);
		SnapshotChanges changes = new SnapshotChanges(List.of(k9), List.of(newForce, renamed), List.of(changed, added),
				changedPeople, List.of(lesson), Set.of("withdrawal-help"), Set.of("unused"), deletedCollabs,
				deletedPeople, deletedLessons);

		RegisterSnapshot advanced = SnapshotBuilder.advance(old, 2, changes);
		RegisterSnapshot built = SnapshotBuilder.build(2, after);
		assertThat(dump(advanced)).isEqualTo(dump(built));
		assertThat(dump(old)).isEqualTo(dump(SnapshotBuilder.build(1, before)));
		assertThat(advanced.force("unused")).isEqualTo(-1);
		assertThat(advanced.function("withdrawal-help")).isEqualTo(-1);
		deletedCollabs.forEach(id -> assertThat(advanced.collab(id)).isEqualTo(-1));
		for (int year : new int[] { 2005, 2015, 2024 }) {
			AsOf a = new AsOf(advanced, LocalDate.of(year, 6, 30), true);
			AsOf b = new AsOf(built, LocalDate.of(year, 6, 30), true);
			for (Force f : afterForces) {
				assertThat(new ForceSimilarity(a).of(advanced.force(f.id()), 100, false))
					.isEqualTo(new ForceSimilarity(b).of(built.force(f.id()), 100, false));
				assertThat(new ContactFinder(a).find(advanced.force(f.id()), "withdrawal", 100))
					.isEqualTo(new ContactFinder(b).find(built.force(f.id()), "withdrawal", 100));
			}
		}
	}

	/** A write that adds and removes no id (an edit, a join, a withdrawal) takes the path that copies arrays. */
	@ParameterizedTest(name = "register {0}")
	@MethodSource("seeds")
	void aRewriteOfExistingEntitiesReadsAsOneBuiltAfterIt(long seed) {
		RegisterDocument before = RandomRegister.of(seed);
		RegisterSnapshot old = SnapshotBuilder.build(1, before);
		List<Collaboration> collabs = new ArrayList<>(before.collaborations());
		Collaboration last = collabs.get(collabs.size() - 1);
		List<Membership> members = new ArrayList<>(last.members());
		if (!members.isEmpty()) {
			members.set(0, members.get(0).withLeft("2019-05"));
		}
		members.add(new Membership(before.forces().get(0).id(), "2021", null, "lead", 0.25, null));
		Collaboration changed = last.withMembers(members);
		collabs.set(collabs.size() - 1, changed);
		Force first = before.forces().get(0);
		Force renamed = new Force(first.id(), "Renamed", "R7", null);
		List<Force> forces = new ArrayList<>(before.forces());
		forces.set(0, renamed);
		PolicingFunction fn = before.functions().get(0);
		PolicingFunction function = new PolicingFunction(fn.id(), "Renamed function");
		List<PolicingFunction> functions = new ArrayList<>(before.functions());
		functions.set(0, function);
		RegisterDocument after = new RegisterDocument(functions, forces, collabs, before.people(), before.lessons());
		SnapshotChanges changes = new SnapshotChanges(List.of(function), List.of(renamed), List.of(changed), List.of(),
				List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

		RegisterSnapshot advanced = SnapshotBuilder.advance(old, 2, changes);
		assertThat(dump(advanced)).isEqualTo(dump(SnapshotBuilder.build(2, after)));
		assertThat(dump(old)).isEqualTo(dump(SnapshotBuilder.build(1, before)));
		assertThat(advanced.roles()).isEqualTo(old.roles());
	}

	@Test
	void everyDateARegisterCanHoldComesBackExactly() {
		String[] dates = { null, "0001-01-01", "0000", "0099-12", "1899", "1969-12-31", "1970-01-01", "2024-02",
				"2024-02-29", "9999-12-31", "9999" };
		List<Force> forces = IntStream.range(0, dates.length).mapToObj(i -> new Force("f" + i, "F" + i, "R", null))
			.toList();
		List<Collaboration> collabs = new ArrayList<>();
		for (int i = 0; i < dates.length; i++) {
			List<Membership> members = new ArrayList<>();
			for (int j = 0; j < dates.length; j++) {
				members.add(new Membership("f" + j, dates[j], dates[(i + j) % dates.length], "member", null, null));
			}
			collabs.add(new Collaboration("c" + i, "C" + i, "unit", "regional", null, "active", dates[i],
					dates[dates.length - 1 - i], null, null, null, List.of(), List.of(), List.of(), List.of(), members,
					List.of(new Figure("g" + i, "cost", 1.0, null, dates[i], null, "s", null, null),
							new Figure("h" + i, "cost", 2.0, null, "2024-2", null, "s", null, null)),
					Map.of()));
		}
		RegisterSnapshot s = SnapshotBuilder.build(1,
				new RegisterDocument(List.of(), forces, collabs, List.of(), List.of()));
		for (int i = 0; i < collabs.size(); i++) {
			int c = s.collab("c" + i); // an index is its id's rank: c10 comes before c2
			assertThat(s.collab(c).started()).isEqualTo(Day.from(dates[i]));
			assertThat(s.collab(c).ended()).isEqualTo(Day.until(dates[dates.length - 1 - i]));
			// kept as a day and a precision, not as text: written back as the register holds them
			assertThat(s.collab(c).startedAsWritten()).isEqualTo(dates[i]);
			assertThat(s.collab(c).endedAsWritten()).isEqualTo(dates[dates.length - 1 - i]);
			assertThat(s.figuresOf(c).get(0).date()).isEqualTo(dates[i]);
			assertThat(s.figuresOf(c).get(0).day()).isEqualTo(Day.from(dates[i]));
			assertThat(s.figuresOf(c).get(1).date()).isEqualTo("2024-2");
			assertThat(s.figuresOf(c).get(1).day()).isEqualTo(Day.NEVER_BEFORE);
			assertThat(s.endMembership(c) - s.firstMembership(c)).isEqualTo(dates.length);
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				int j = Integer.parseInt(s.forceId(s.memberForce(m)).substring(1));
				assertThat(s.memberCollab(m)).isEqualTo(c);
				assertThat(s.joined(m)).isEqualTo(Day.from(dates[j]));
				assertThat(s.left(m)).isEqualTo(Day.until(dates[(i + j) % dates.length]));
			}
		}
	}

	/** Everything the analytics can read, index by index, through the snapshot's public accessors. */
	public static List<String> dump(RegisterSnapshot s) {
		List<String> lines = new ArrayList<>();
		for (int f = 0; f < s.forceCount(); f++) {
			List<Integer> of = new ArrayList<>(s.graph().edgesOf(f)); // the force's memberships, ascending
			lines.add("force " + s.forceProfile(f) + " " + of + " " + (s.force(s.forceId(f)) == f));
		}
		for (int fn = 0; fn < s.functionCount(); fn++) {
			lines.add("function " + s.functionId(fn) + " " + s.functionName(fn) + " " + (s.function(s.functionId(fn)) == fn));
		}
		for (int c = 0; c < s.collabCount(); c++) {
			Collab x = s.collab(c);
			List<String> members = new ArrayList<>();
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				members.add(s.memberForce(m) + "/" + s.joined(m) + "/" + s.left(m) + "/" + s.role(m) + "/" + s.share(m) + "/"
						+ (s.memberCollab(m) == c));
			}
			lines.add("collab " + Arrays.asList(x.id(), x.name(), x.kind(), x.scope(), x.status(), x.started(),
					x.ended(), x.startedAsWritten(), x.endedAsWritten(), x.annualCost(), s.figuresOf(c), Arrays.toString(x.functions()),
					Arrays.toString(x.dependsOn()), members, s.lessonsOf(c), s.collab(x.id()) == c, s.national(c),
					s.collabActiveAt(c, 15_000)));
		}
		s.roles().forEach(r -> lines.add("role " + r));
		s.lessons().forEach(l -> lines.add("lesson " + l));
		return lines;
	}
}
