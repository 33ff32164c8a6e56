package org.concordat.analytics;

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

import org.concordat.analytics.snapshot.Day;
import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.concordat.analytics.snapshot.SnapshotBuilder;
import org.concordat.analytics.snapshot.SnapshotChanges;
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
 * A snapshot advanced by a write's changes reads, id for id, as one built whole from the register after the
 * write (deleted entities aside: they stay as tombstones until the next full build). And every date a
 * register can hold comes back exactly from the snapshot's columns.
 */
class SnapshotAdvanceTests {

	static Stream<Long> seeds() {
		return new Random(20261125).longs(60).boxed();
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
		assertThat(dump(advanced, deletedCollabs)).isEqualTo(dump(built, deletedCollabs));
		assertThat(dump(old, Set.of())).isEqualTo(dump(SnapshotBuilder.build(1, before), Set.of()));
		assertThat(advanced.force("unused")).isEqualTo(-1);
		assertThat(advanced.function("withdrawal-help")).isEqualTo(-1);
		deletedCollabs.forEach(id -> assertThat(advanced.collab(advanced.collab(id)).status()).isEqualTo("deleted"));
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
		for (int c = 0; c < collabs.size(); c++) {
			assertThat(s.collabStarted(c)).isEqualTo(Day.from(dates[c]));
			assertThat(s.collab(c).ended()).isEqualTo(Day.until(dates[dates.length - 1 - c]));
			assertThat(s.collab(c).figures().get(0).writtenDate()).isEqualTo(dates[c]);
			assertThat(s.collab(c).figures().get(0).date()).isEqualTo(Day.from(dates[c]));
			assertThat(s.collab(c).figures().get(1).writtenDate()).isEqualTo("2024-2");
			assertThat(s.collab(c).figures().get(1).date()).isEqualTo(Day.NEVER_BEFORE);
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				int j = m - s.firstMembership(c);
				assertThat(s.memberCollab(m)).isEqualTo(c);
				assertThat(s.joined(m)).isEqualTo(Day.from(dates[j]));
				assertThat(s.left(m)).isEqualTo(Day.until(dates[(c + j) % dates.length]));
			}
		}
		assertThat(s.joined(0)).isEqualTo(Day.NEVER_BEFORE);
		assertThat(s.left(s.firstMembership(1) + dates.length - 1)).isEqualTo(Day.OPEN);
	}

	@Test
	void moreDistinctDaysThanTwoBytesCanCodeAreKeptAsTheyAre() {
		LocalDate from = LocalDate.of(1800, 1, 1);
		List<Membership> members = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			members.add(new Membership("f", from.plusDays(i).toString(), from.plusDays(i + 1).toString(), "member",
					i % 2 == 0 ? null : 0.5, null));
		}
		Collaboration c = new Collaboration("c", "C", "unit", "regional", null, "active", null, null, null, null, null,
				List.of(), List.of(), List.of(), List.of(), members, List.of(), Map.of());
		RegisterSnapshot s = SnapshotBuilder.build(1, new RegisterDocument(List.of(),
				List.of(new Force("f", "F", "R", null)), List.of(c), List.of(), List.of()));
		assertThat(s.membershipCount()).isEqualTo(70_000);
		for (int m = 0; m < 70_000; m++) {
			assertThat(s.joined(m)).isEqualTo(Day.of(from.plusDays(m)));
			assertThat(s.left(m)).isEqualTo(Day.of(from.plusDays(m + 1)));
			assertThat(s.memberCollab(m)).isZero();
			assertThat(Float.isNaN(s.share(m))).isEqualTo(m % 2 == 0);
		}
		assertThat(s.membershipCountOf(0)).isEqualTo(70_000);
	}

	/** Everything the analytics read, keyed by ids, deleted collaborations left out. */
	private static List<String> dump(RegisterSnapshot s, Set<String> deleted) {
		List<String> lines = new ArrayList<>();
		for (int f = 0; f < s.forceCount(); f++) {
			if (s.forceId(f) != null) {
				List<String> of = new ArrayList<>();
				for (int k = 0; k < s.membershipCountOf(f); k++) {
					of.add(s.collabId(s.memberCollab(s.membershipOf(f, k))));
				}
				of.removeIf(deleted::contains);
				lines.add("force " + s.forceId(f) + " " + s.forceName(f) + " " + s.region(f) + " " + s.lat(f) + " "
						+ s.lon(f) + " " + of + " " + (s.force(s.forceId(f)) == f));
			}
		}
		for (int fn = 0; fn < s.functionCount(); fn++) {
			if (s.functionId(fn) != null) {
				lines.add("function " + s.functionId(fn) + " " + (s.function(s.functionId(fn)) == fn));
			}
		}
		for (int c = 0; c < s.collabCount(); c++) {
			var x = s.collab(c);
			if (deleted.contains(x.id())) {
				continue;
			}
			List<String> members = new ArrayList<>();
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				members.add(s.forceId(s.memberForce(m)) + "/" + s.joined(m) + "/" + s.left(m) + "/" + s.role(m) + "/"
						+ s.share(m) + "/" + (s.memberCollab(m) == c));
			}
			lines.add("collab " + Arrays.asList(x.id(), x.name(), x.kind(), x.scope(), x.status(), x.started(),
					x.ended(), x.annualCost(), x.figures(), ids(s::functionId, x.functions()),
					ids(s::collabId, x.dependsOn()).stream().filter(d -> !deleted.contains(d)).toList(), members,
					Arrays.stream(s.lessonsOf(c)).mapToObj(l -> s.lessons().get(l).id()).sorted().toList(),
					s.collab(x.id()) == c, s.national(c), s.collabActiveAt(c, 15_000)));
		}
		s.roles().stream().filter(r -> !deleted.contains(s.collabId(r.collab())))
			.map(r -> "role " + r.person() + " " + r.title() + " " + r.rank() + " " + r.force() + " "
					+ s.collabId(r.collab()) + " " + r.lead() + " " + new TreeSet<>(r.topics()) + " " + r.from() + " "
					+ r.to())
			.sorted().forEach(lines::add);
		s.lessons().stream().filter(l -> !deleted.contains(s.collabId(l.collab())))
			.map(l -> "lesson " + l.id() + " " + l.title() + " " + l.theme() + " " + l.date() + " "
					+ s.collabId(l.collab()) + " " + l.toldBy())
			.sorted().forEach(lines::add);
		lines.sort(null);
		return lines;
	}

	private static List<String> ids(java.util.function.IntFunction<String> id, int[] indexes) {
		return Arrays.stream(indexes).mapToObj(id).toList();
	}
}
