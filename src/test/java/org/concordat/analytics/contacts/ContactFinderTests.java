package org.concordat.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.TinyNetwork;
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
}
