package org.concordat.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.TinyNetwork;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.people.Person;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Test;

/** Contacts on the tiny network, worked out by hand. */
class ContactFinderTests {

	private final AsOf asOf = TinyNetwork.asOf();

	@Test
	void contactsAreReachedByTheShortestRouteWithTheSmallestIds() {
		var contacts = new ContactFinder(asOf).find(asOf.snapshot().force("e"), "roads-policing", 10);
		assertThat(contacts).hasSize(1);
		var lead = contacts.get(0);
		assertThat(lead.person()).isEqualTo("p-old");
		assertThat(lead.hops()).isEqualTo(3);
		assertThat(lead.path()).containsExactly("e", "z", "d", "y", "c", "x", "b", "old");
		// "old" ended in 2014, so certainly by 2015-01-01: a year before 2016-01-01
		double recency = 0.5 + 0.5 * Math.exp(-(365 / 365.25) / 10);
		assertThat(lead.score()).isEqualTo(IndexLists.round(0.9 * (0.5 + 0.5 / 4) * recency));
	}

	@Test
	void aFormerMemberIsZeroHopsAwayAndWithdrawalTopicsFavourEndedCollaborations() {
		var contacts = new ContactFinder(asOf).find(asOf.snapshot().force("b"), "withdrawal", 10);
		assertThat(contacts).extracting(ContactFinder.Contact::person).containsExactly("p-old", "p-y");
		assertThat(contacts.get(0).hops()).isZero();
		assertThat(contacts.get(0).matchedOn()).containsExactly("lesson");
		assertThat(contacts.get(0).path()).containsExactly("b", "old");
		assertThat(contacts.get(1).hops()).isEqualTo(1);
	}

	@Test
	void whoHasDoneWhatIsAskedRanksFirstEvenWhenAnotherScoresHigher() {
		// a contact named for roads policing in y, which works in firearms: matched by topic only, so tier 0
		RegisterDocument tiny = TinyNetwork.register();
		List<Person> people = new ArrayList<>(tiny.people());
		people.add(new Person("p-roads", null, "Y roads contact", null, "c", null, List.of(),
				List.of(new Person.ContactRole("y", List.of("roads-policing"), "2012", null))));
		AsOf at = new AsOf(SnapshotBuilder.build(1,
				new RegisterDocument(tiny.functions(), tiny.forces(), tiny.collaborations(), people, tiny.lessons())),
				TinyNetwork.AT, false);

		var contacts = new ContactFinder(at).find(at.snapshot().force("a"), "roads-policing", 10);

		// p-old led "old", which worked in roads policing (tier 1); from a, b is one step and was in "old"
		double recency = 0.5 + 0.5 * Math.exp(-(365 / 365.25) / 10);
		assertThat(contacts).extracting(ContactFinder.Contact::person).containsExactly("p-old", "p-roads");
		assertThat(contacts.get(0).parts().tier()).isEqualTo(1);
		assertThat(contacts.get(0).score()).isEqualTo(IndexLists.round(0.9 * 0.75 * recency));
		// c is one step from a and a member of y: 1.0 × 0.75, the higher score, but tier 0
		assertThat(contacts.get(1).parts().tier()).isZero();
		assertThat(contacts.get(1).score()).isEqualTo(0.75);
		assertThat(contacts.get(1).score()).isGreaterThan(contacts.get(0).score());
		// asked for one, the tier-1 contact is the answer
		assertThat(new ContactFinder(at).find(at.snapshot().force("a"), "roads-policing", 1))
			.extracting(ContactFinder.Contact::person).containsExactly("p-old");
	}

	@Test
	void aContactMoreHopsAwayThanAByteHoldsIsFoundByTheSearch() {
		// a chain of 131 forces, each pair in a bilateral unit; the contact's unit joins the last two
		int n = 131;
		List<org.concordat.force.Force> forces = new ArrayList<>();
		List<org.concordat.collaboration.Collaboration> units = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String id = String.format("f%03d", i);
			forces.add(new org.concordat.force.Force(id, id, "North", new org.concordat.force.Force.Headquarters(id, 52.0, -1.0)));
			if (i > 0) {
				units.add(new org.concordat.collaboration.Collaboration(String.format("u%03d", i), "Unit " + i,
						"specialist unit", "bilateral", null, "active", "2010", null, null, null, null, List.of("dogs"),
						List.of(), List.of(), List.of(), List.of(member(String.format("f%03d", i - 1)), member(id)), List.of(),
						java.util.Map.of()));
			}
		}
		List<Person> people = List.of(new Person("p-far", null, "Unit 130 contact", null, "f130", null, List.of(),
				List.of(new Person.ContactRole("u130", List.of("roads-policing"), "2012", null))));
		AsOf chain = new AsOf(SnapshotBuilder.build(1, new RegisterDocument(
				List.of(new org.concordat.function.PolicingFunction("dogs", "Dogs"),
						new org.concordat.function.PolicingFunction("roads-policing", "Roads policing")),
				forces, units, people, List.of())), TinyNetwork.AT, false);
		int from = chain.snapshot().force("f000");

		var contacts = new ContactFinder(chain, ContactFinder.Hops.WAIT).find(from, "roads-policing", 10);

		// u130's nearest member, f129, is 129 hops from f000: more than a byte of CandidateHops holds
		assertThat(CandidateHops.of(chain, ContactCandidates.of(chain, "roads-policing", 0), true)).isNull();
		assertThat(contacts).extracting(ContactFinder.Contact::person, ContactFinder.Contact::hops)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("p-far", 129));
		assertThat(contacts).isEqualTo(new ContactOracle(chain).find(from, "roads-policing", 10));
	}

	private static org.concordat.collaboration.Membership member(String force) {
		return new org.concordat.collaboration.Membership(force, null, null, "member", null, null);
	}
}
