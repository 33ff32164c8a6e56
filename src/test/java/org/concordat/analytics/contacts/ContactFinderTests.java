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
}
