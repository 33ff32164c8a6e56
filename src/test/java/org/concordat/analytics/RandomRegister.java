package org.concordat.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.entity.PartialDate;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Random small registers for property tests: dates at every precision, leavers (some on a date not known), hosts,
 * shares, national ones; and the cases the property tests draw (a register, a date, national or not).
 */
public final class RandomRegister {

	private RandomRegister() {
	}

	/**
	 * {@code count} cases for a property test, drawn from {@code masterSeed}: a register's seed, a year from 2000 to
	 * 2026 and whether national collaborations count, the arguments of {@link #at} and {@link #shuffledAt}.
	 */
	public static Stream<Arguments> cases(long masterSeed, int count) {
		Random cases = new Random(masterSeed);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), 2000 + cases.nextInt(27), cases.nextBoolean()))
			.limit(count);
	}

	/** The register of {@code seed} on 30 June of {@code year}. */
	public static AsOf at(long seed, int year, boolean includeNational) {
		return new AsOf(SnapshotBuilder.build(1, of(seed)), LocalDate.of(year, 6, 30), includeNational);
	}

	/**
	 * The register of {@code seed} given in a shuffled order, on 30 June of {@code year}: the snapshot must put it
	 * in id order itself.
	 */
	public static AsOf shuffledAt(long seed, int year, boolean includeNational) {
		RegisterDocument doc = of(seed);
		List<Force> forces = new ArrayList<>(doc.forces());
		List<Collaboration> collaborations = new ArrayList<>(doc.collaborations());
		Collections.shuffle(forces, new Random(seed));
		Collections.shuffle(collaborations, new Random(seed + 1));
		return new AsOf(SnapshotBuilder.build(1, new RegisterDocument(doc.functions(), forces, collaborations,
				doc.people(), doc.lessons())), LocalDate.of(year, 6, 30), includeNational);
	}

	public static RegisterDocument of(long seed) {
		Random random = new Random(seed);
		int forces = 3 + random.nextInt(8);
		List<Force> forceList = new ArrayList<>();
		for (int f = 0; f < forces; f++) {
			forceList.add(new Force("f" + f, "F" + f, "R" + random.nextInt(3), null));
		}
		List<PolicingFunction> functions = List.of(new PolicingFunction("k0", "K0"), new PolicingFunction("k1", "K1"),
				new PolicingFunction("k2", "K2"), new PolicingFunction("withdrawal-help", "W"));
		List<Collaboration> collabs = new ArrayList<>();
		int count = 1 + random.nextInt(8);
		for (int c = 0; c < count; c++) {
			collabs.add(collaboration(random, c, forces, collabs));
		}
		List<Person> people = new ArrayList<>();
		List<Lesson> lessons = new ArrayList<>();
		for (Collaboration c : collabs) {
			if (random.nextBoolean()) {
				people.add(new Person("p-" + c.id(), null, "Lead of " + c.id(), null, "f0", null,
						List.of(new Person.Lead(c.id(), date(random, 2000), random.nextBoolean() ? null : date(random, 2015))),
						List.of(new Person.ContactRole(c.id(), List.of("withdrawal"),
								random.nextBoolean() ? null : date(random, 2000), null))));
				lessons.add(new Lesson("l-" + c.id(), "T", "S", random.nextBoolean() ? "withdrawal" : "purpose",
						random.nextInt(4) == 0 ? null : date(random, 2005), "src", c.id(), "p-" + c.id()));
			}
		}
		return new RegisterDocument(functions, forceList, collabs, people, lessons);
	}

	private static Collaboration collaboration(Random random, int c, int forces, List<Collaboration> earlier) {
		boolean national = random.nextInt(8) == 0;
		String started = random.nextInt(10) == 0 ? null : date(random, 2000);
		boolean ended = random.nextInt(3) == 0;
		String end = ended ? date(random, started == null ? 2000 : PartialDate.firstDay(started).getYear() + 1) : null;
		List<Membership> members = new ArrayList<>();
		boolean shares = random.nextBoolean();
		boolean hosted = false;
		for (int f = 0; f < forces; f++) {
			if (national || random.nextInt(3) == 0) {
				String joined = random.nextBoolean() ? null : date(random, 2000);
				int from = joined == null ? 2000 : PartialDate.firstDay(joined).getYear();
				String left = random.nextInt(4) == 0 ? date(random, from + 1) : null; // after joining, as the rules demand
				// a leaving on a date no source gives (leftDateUnknown): one in seven of the memberships not left on a date
				Boolean leftDateUnknown = left == null && random.nextInt(7) == 0 ? true : null;
				String role = !hosted && random.nextInt(3) == 0 ? "host" : "member";
				hosted |= role.equals("host");
				members.add(new Membership("f" + f, joined, left, role, shares ? 1.0 + random.nextInt(4) : null, null,
						leftDateUnknown));
			}
		}
		double total = members.stream().mapToDouble(m -> m.costShare() == null ? 0 : m.costShare()).sum();
		List<Membership> normalised = members.stream().map(m -> new Membership(m.force(), m.joined(), m.left(),
				m.role(), m.costShare() == null ? null : m.costShare() / total, null, m.leftDateUnknown())).toList();
		List<String> dependsOn = earlier.isEmpty() || random.nextBoolean() ? List.of()
				: List.of(earlier.get(random.nextInt(earlier.size())).id());
		List<String> functions = List.of("k" + random.nextInt(3));
		List<Figure> figures = List.of(new Figure(null, "withdrawal-cost", 1000.0 * c, null,
				random.nextBoolean() ? null : date(random, 2005), null, "s", null, null));
		return new Collaboration("c" + c, "C" + c, random.nextBoolean() ? "unit" : "alliance",
				national ? "national" : "regional", null, ended ? "ended" : "active", started, end, null,
				random.nextBoolean() ? 100_000.0 : null, null, functions, List.of(), dependsOn, List.of(), normalised,
				figures, Map.of());
	}

	/** A date from {@code fromYear} to 2025, at a random precision. */
	public static String date(Random random, int fromYear) {
		int year = fromYear + random.nextInt(Math.max(1, 2026 - fromYear));
		return switch (random.nextInt(3)) {
			case 0 -> Integer.toString(year);
			case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
			default -> LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
		};
	}
}
