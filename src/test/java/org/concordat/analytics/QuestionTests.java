package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Overlaps, similarity, contacts and alliances on the tiny network, with values worked out by hand. */
class QuestionTests {

	private final AsOf asOf = TinyNetwork.asOf();

	@Test
	void overlapsArePairsSharingAMemberWithTheirJaccardIndex() {
		var answer = new Overlaps(asOf).find(-1, -1, null);
		assertThat(answer.pairs()).containsExactly(new Overlaps.Pair("w", "x", List.of("a", "b"), 0.666667),
				new Overlaps.Pair("x", "y", List.of("c"), 0.2), new Overlaps.Pair("y", "z", List.of("d"), 0.25));
		assertThat(answer.duplicates())
			.containsExactly(new Overlaps.Duplicate("roads-policing", List.of("w", "x"), List.of("a", "b")));
	}

	@Test
	void overlapsComeInPagesWithWholeTotals() {
		var page = new Overlaps(asOf).find(-1, -1, null, 1, 1);
		assertThat(page.totalPairs()).isEqualTo(3);
		assertThat(page.pairs()).containsExactly(new Overlaps.Pair("x", "y", List.of("c"), 0.2));
		assertThat(page.totalDuplicates()).isEqualTo(1);
		assertThat(page.duplicates()).isEmpty();
	}

	@Test
	void overlapsNarrowByForceFunctionAndRegion() {
		assertThat(new Overlaps(asOf).find(asOf.snapshot().force("e"), -1, null).pairs())
			.extracting(Overlaps.Pair::a).containsExactly("y");
		assertThat(new Overlaps(asOf).find(-1, asOf.snapshot().function("roads-policing"), null).pairs())
			.hasSize(1);
		assertThat(new Overlaps(asOf).find(-1, -1, "South").pairs()).extracting(Overlaps.Pair::b).containsExactly("z");
	}

	@Test
	void nationalCollaborationsJoinTheNetworkOnlyWhenAsked() {
		assertThat(new Overlaps(TinyNetwork.at(TinyNetwork.AT, true)).find(-1, -1, null).pairs()).hasSize(7);
	}

	@Test
	void similarForcesRankByJaccardOfTheirCollaborations() {
		var similar = new ForceSimilarity(asOf).of(asOf.snapshot().force("a"), 10, false);
		assertThat(similar).containsExactly(new ForceSimilarity.Similar("b", 1.0, List.of("w", "x")),
				new ForceSimilarity.Similar("c", 0.333333, List.of("x")));
	}

	@Test
	void similarForcesByFunctionsCompareWhatTheirCollaborationsCover() {
		var similar = new ForceSimilarity(asOf).of(asOf.snapshot().force("e"), 10, true);
		// e covers {dogs}; a, b {dogs, roads-policing}; c {dogs, firearms, roads-policing}; d {dogs, firearms}
		assertThat(similar).extracting(ForceSimilarity.Similar::force).containsExactly("a", "b", "d", "c");
		assertThat(similar.get(0).score()).isEqualTo(0.5);
		assertThat(similar.get(3).score()).isEqualTo(0.333333);
	}

	@Test
	void similarCollaborationsAverageMemberAndFunctionJaccard() {
		var similar = new CollaborationSimilarity(asOf).of(asOf.snapshot().collab("w"), 10);
		assertThat(similar.get(0).collaboration()).isEqualTo("x");
		assertThat(similar.get(0).memberJaccard()).isEqualTo(0.666667);
		assertThat(similar.get(0).functionJaccard()).isEqualTo(0.5);
		assertThat(similar.get(0).score()).isEqualTo(0.583333);
	}

	@Test
	void contactsAreReachedByTheShortestRouteWithTheSmallestIds() {
		var contacts = new ContactFinder(asOf).find(asOf.snapshot().force("e"), "roads-policing", 10);
		assertThat(contacts).hasSize(1);
		var lead = contacts.get(0);
		assertThat(lead.person()).isEqualTo("p-old");
		assertThat(lead.hops()).isEqualTo(3);
		assertThat(lead.path()).containsExactly("e", "z", "d", "y", "c", "x", "b", "old");
		double recency = 0.5 + 0.5 * Math.exp(-(730 / 365.25) / 10);
		assertThat(lead.score()).isEqualTo(Ids.round(0.9 * (0.5 + 0.5 / 4) * recency));
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
	void alliancesFollowTheCollaborationsRatherThanTheRegions() {
		// g is tied equally to c (through y) and to d (through y): the tie goes to the smaller label, b's
		var answer = new Alliances(asOf).detect();
		assertThat(answer.communities()).extracting(Alliances.Community::forces)
			.containsExactly(List.of("a", "b", "c", "g"), List.of("d", "e"), List.of("f"));
		var c = answer.forces().stream().filter(r -> r.force().equals("c")).findFirst().orElseThrow();
		assertThat(c.degree()).isEqualTo(4);
		assertThat(c.outsideRegionShare()).isEqualTo(0.5);
		assertThat(answer.sampled()).isFalse();
	}
}
