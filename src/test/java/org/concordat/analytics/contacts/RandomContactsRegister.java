package org.concordat.analytics.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.analytics.RandomRegister;
import org.concordat.register.RegisterDocument;

/**
 * Random registers shaped to test contacts, larger than {@link RandomRegister}'s: up to 40 forces and 30
 * collaborations, ids numbered out of order (so "f12" sorts before "f7" and neither follows the index), many
 * small collaborations (many equally short routes), people with several roles, some for the same
 * collaboration, topics drawn from functions and lesson themes, lessons of every theme, leavers, endings,
 * proposed and national collaborations.
 */
public final class RandomContactsRegister {

	public static final List<String> TOPICS = List.of("k0", "k1", "k2", "k3", "withdrawal-help", "withdrawal", "purpose",
			"skills", "benefits-costs", "leadership-governance");

	private static final List<String> THEMES = List.of("withdrawal", "purpose", "skills", "benefits-costs",
			"leadership-governance");

	private RandomContactsRegister() {
	}

	public static RegisterDocument of(long seed) {
		Random random = new Random(seed);
		List<String> forceIds = ids(random, "f", 2 + random.nextInt(39));
		List<Force> forces = forceIds.stream().map(id -> new Force(id, id.toUpperCase(), "R" + random.nextInt(3), null))
			.toList();
		List<PolicingFunction> functions = TOPICS.subList(0, 5).stream().map(id -> new PolicingFunction(id, id)).toList();
		List<String> collabIds = ids(random, "c", 1 + random.nextInt(30));
		List<Collaboration> collabs = new ArrayList<>();
		List<Person> people = new ArrayList<>();
		List<Lesson> lessons = new ArrayList<>();
		List<String> personIds = ids(random, "p", 60);
		for (String id : collabIds) {
			collabs.add(collaboration(random, id, forceIds));
			for (int p = random.nextInt(4); p > 0; p--) {
				people.add(person(random, personIds.get(random.nextInt(personIds.size())), id, collabIds, forceIds));
			}
			for (int l = random.nextInt(3); l > 0; l--) {
				lessons.add(new Lesson("l-" + lessons.size(), "T", "S", THEMES.get(random.nextInt(THEMES.size())),
						random.nextInt(8) == 0 ? null : RandomRegister.date(random, 2000), "src", id, null));
			}
		}
		return new RegisterDocument(functions, forces, collabs, people, lessons);
	}

	/** {@code n} distinct ids, numbered at random from a range of 4n, in no particular order. */
	private static List<String> ids(Random random, String prefix, int n) {
		List<Integer> numbers = new ArrayList<>(IntStream.range(0, 4 * n).boxed().toList());
		Collections.shuffle(numbers, random);
		return numbers.subList(0, n).stream().map(i -> prefix + i).toList();
	}

	private static Collaboration collaboration(Random random, String id, List<String> forceIds) {
		boolean national = random.nextInt(12) == 0;
		String started = random.nextInt(10) == 0 ? null : RandomRegister.date(random, 2000);
		boolean ended = random.nextInt(4) == 0;
		String status = ended ? "ended" : random.nextInt(15) == 0 ? "proposed" : "active";
		int from = started == null ? 2000 : Integer.parseInt(started.substring(0, 4));
		List<Membership> members = new ArrayList<>();
		int size = national ? forceIds.size() : 2 + random.nextInt(random.nextInt(4) == 0 ? 8 : 3);
		List<String> chosen = new ArrayList<>(forceIds);
		Collections.shuffle(chosen, random);
		for (String f : chosen.subList(0, Math.min(size, chosen.size()))) {
			String joined = random.nextInt(3) == 0 ? RandomRegister.date(random, from) : null;
			int since = joined == null ? from : Integer.parseInt(joined.substring(0, 4));
			String left = random.nextInt(6) == 0 ? RandomRegister.date(random, since + 1) : null;
			members.add(new Membership(f, joined, left, "member", null, null));
		}
		return new Collaboration(id, id.toUpperCase(), "unit", national ? "national" : "regional", null, status,
				started, ended ? RandomRegister.date(random, from + 1) : null, null, null, null,
				List.of(TOPICS.get(random.nextInt(5)), TOPICS.get(random.nextInt(5))).stream().distinct().toList(),
				List.of(), List.of(), List.of(), members, List.of(), Map.of());
	}

	private static Person person(Random random, String id, String collab, List<String> collabIds,
			List<String> forceIds) {
		List<Person.Lead> leads = new ArrayList<>();
		for (int l = random.nextInt(3); l > 0; l--) {
			leads.add(new Person.Lead(collab, RandomRegister.date(random, 2000),
					random.nextBoolean() ? null : RandomRegister.date(random, 2010)));
		}
		List<Person.ContactRole> contacts = new ArrayList<>();
		for (int c = random.nextInt(3); c > 0; c--) {
			String on = random.nextInt(3) == 0 ? collabIds.get(random.nextInt(collabIds.size())) : collab;
			List<String> topics = random.nextInt(5) == 0 ? List.of()
					: List.of(TOPICS.get(random.nextInt(TOPICS.size())), TOPICS.get(random.nextInt(TOPICS.size())))
						.stream().distinct().toList();
			contacts.add(new Person.ContactRole(on, topics, random.nextBoolean() ? null : RandomRegister.date(random, 2000),
					random.nextInt(3) == 0 ? RandomRegister.date(random, 2012) : null));
		}
		return new Person(id, null, random.nextBoolean() ? "Lead" : "Coordinator", null,
				forceIds.get(random.nextInt(forceIds.size())), null, leads, contacts);
	}

	public static LocalDate at(Random random) {
		return LocalDate.of(2000 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
	}
}
