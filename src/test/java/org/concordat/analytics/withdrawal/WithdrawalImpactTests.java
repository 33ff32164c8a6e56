package org.concordat.analytics.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.TinyNetwork;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Test;

class WithdrawalImpactTests {

	private final AsOf asOf = TinyNetwork.asOf();

	private final WithdrawalImpact impact = new WithdrawalImpact(asOf, Connectivity.of(asOf));

	private int force(String id) {
		return asOf.snapshot().force(id);
	}

	@Test
	void recordedSharesAreScaledUpByWhatTheLeaverPaid() {
		var x = collaboration(impact.of(force("c"), -1, 100), "x");
		assertThat(x.viable()).isTrue();
		assertThat(x.sharesAssumed()).isFalse();
		assertThat(x.membersAfter()).containsExactly("a", "b");
		assertThat(x.costShare()).containsExactly(new CostShares.Share("a", 0.5, 0.625, 125_000.0),
				new CostShares.Share("b", 0.3, 0.375, 75_000.0));
	}

	@Test
	void withoutRecordedSharesEqualSharesAreAssumedAndNationalCollaborationsStillCount() {
		var n = collaboration(impact.of(force("c"), -1, 100), "n");
		assertThat(n.sharesAssumed()).isTrue();
		assertThat(n.costShare()).isEmpty();
		assertThat(n.equalShare()).isEqualTo(new CostShares.Share(null, 0.142857, 0.166667, null));
	}

	@Test
	void aMemberLimitShortensTheListsButNotTheCounts() {
		var n = collaboration(impact.of(force("c"), -1, 100, 2, 10, 20), "n");
		assertThat(n.memberCount()).isEqualTo(7);
		assertThat(n.remainingCount()).isEqualTo(6);
		assertThat(n.membersBefore()).hasSize(2);
		assertThat(n.membersAfter()).hasSize(2);
		var whole = collaboration(impact.of(force("c"), -1, 100), "n");
		assertThat(n.membersBefore()).isEqualTo(whole.membersBefore().subList(0, 2));
		assertThat(n.equalShare()).isEqualTo(whole.equalShare()).isNotNull();
	}

	@Test
	void theCollaborationsPartIsTheWholeAnswersFirstPart() {
		var whole = impact.of(force("c"), -1, 100);
		var part = WithdrawalImpact.collaborations(asOf, force("c"), -1, Integer.MAX_VALUE);
		assertThat(part.collaborations()).isEqualTo(whole.collaborations());
		assertThat(part.functionsLost()).isEqualTo(whole.functionsLost());
	}

	@Test
	void aCollaborationWhoseHostLeavesIsNotViableAndItsMembersLoseWhatNothingElseCovers() {
		var answer = impact.of(force("c"), -1, 100);
		var y = collaboration(answer, "y");
		assertThat(y.viable()).isFalse();
		assertThat(y.reasons()).containsExactly("c hosts it (employs the staff, owns the premises)");
		assertThat(answer.functionsLost()).containsExactly(
				new WithdrawalImpact.FunctionsLost("d", "y", List.of("firearms")),
				new WithdrawalImpact.FunctionsLost("g", "y", List.of("firearms")));
		assertThat(answer.cascade()).extracting(Cascade.AtRisk::id).containsExactly("z");
		assertThat(answer.cascade().get(0).dependsOn()).containsExactly("y");
	}

	@Test
	void theNetworkLosesTheLinksOfDissolvedCollaborationsAndTheLeaverIsACutVertex() {
		var network = impact.of(force("c"), -1, 100).network();
		assertThat(network.componentsBefore()).isEqualTo(2);
		assertThat(network.componentsAfter()).isEqualTo(5);
		assertThat(network.isolatedForces()).containsExactly("g");
		assertThat(network.lostPartnerPairs()).containsExactly(List.of("d", "g"));
		assertThat(network.cutVertex()).isTrue();
	}

	@Test
	void thePairsLostAreCountedWholeAndListedFirstInIdOrderUpToTheLimit() {
		// h hosts "big" = {h, a, b, c, d}; a and b also meet in "ab": h leaving dissolves big, and of its six
		// other pairs all but a-b are lost
		List<Force> forces = Stream.of("a", "b", "c", "d", "h")
			.map(id -> new Force(id, id.toUpperCase() + " Police", "North", new Force.Headquarters(id, 52.0, -1.0))).toList();
		var register = new RegisterDocument(List.of(new PolicingFunction("firearms", "Firearms")), forces,
				List.of(collab("big", Stream.of("h", "a", "b", "c", "d")
					.map(f -> new Membership(f, null, null, f.equals("h") ? Membership.HOST : "member", null, null)).toList()),
						collab("ab", List.of(new Membership("a", null, null, "member", null, null),
								new Membership("b", null, null, "member", null, null)))),
				List.of(), List.of());
		var at = new AsOf(SnapshotBuilder.build(1, register), TinyNetwork.AT, false);
		var leaving = new WithdrawalImpact(at, Connectivity.of(at));
		var listed = leaving.of(at.snapshot().force("h"), -1, 25, 20, 10, 2).network();
		assertThat(listed.lostPartnerPairCount()).isEqualTo(5);
		assertThat(listed.lostPartnerPairs()).containsExactly(List.of("a", "c"), List.of("a", "d"));
		var whole = leaving.of(at.snapshot().force("h"), -1, 25).network();
		assertThat(whole.lostPartnerPairCount()).isEqualTo(5);
		assertThat(whole.lostPartnerPairs()).hasSize(5).startsWith(List.of("a", "c"), List.of("a", "d"))
			.doesNotContain(List.of("a", "b"));
	}

	private static Collaboration collab(String id, List<Membership> members) {
		return new Collaboration(id, id.toUpperCase(), "specialist unit", "regional", null, "active", "2000", null, null,
				null, null, List.of("firearms"), List.of(), List.of(), List.of(), members, List.of(), Map.of());
	}

	@Test
	void aLeafForceIsNoCutVertexAndLeavingOneViableCollaborationChangesNoComponent() {
		var answer = impact.of(force("e"), asOf.snapshot().collab("z"), 100);
		assertThat(collaboration(answer, "z").viable()).isFalse();
		assertThat(answer.network().cutVertex()).isFalse();
		assertThat(answer.network().componentsAfter()).isEqualTo(3);
		assertThat(answer.network().isolatedForces()).isEmpty();
	}

	@Test
	void riskCombinesEachExposureAsIndependentChances() {
		var risk = impact.of(force("c"), -1, 100).risk();
		assertThat(risk.get(0).force()).isEqualTo("d");
		assertThat(risk.get(0).score()).isEqualTo(1.0);
		assertThat(risk.get(0).band()).isEqualTo("high");
		var e = risk.stream().filter(r -> r.force().equals("e")).findFirst().orElseThrow();
		// z is put at risk (0.25) and e's share of n rises by a sixth (0.5 * 1/6)
		assertThat(e.score()).isCloseTo(1 - 0.75 * (1 - 0.5 / 6), within(1e-6));
		assertThat(e.drivers()).hasSize(2);
		assertThat(e.band()).isEqualTo("medium");
		assertThat(impact.of(force("c"), -1, 2).risk()).hasSize(2);
	}

	@Test
	void driversNameTheCollaborationsAndFunctionsAsTheRegisterNamesThem() {
		var tiny = TinyNetwork.register();
		var named = new RegisterDocument(tiny.functions().stream()
			.map(fn -> new PolicingFunction(fn.id(), fn.id().equals("firearms") ? "armed policing" : fn.name(), null))
			.toList(), tiny.forces(), tiny.collaborations(), tiny.people(), tiny.lessons());
		var at = new AsOf(SnapshotBuilder.build(1, named), TinyNetwork.AT, false);
		var risk = new WithdrawalImpact(at, Connectivity.of(at)).of(at.snapshot().force("c"), -1, 100).risk();
		var d = risk.stream().filter(r -> r.force().equals("d")).findFirst().orElseThrow();
		var e = risk.stream().filter(r -> r.force().equals("e")).findFirst().orElseThrow();
		var b = risk.stream().filter(r -> r.force().equals("b")).findFirst().orElseThrow();
		assertThat(d.drivers()).contains("loses Y and with it armed policing");
		assertThat(e.drivers()).containsExactlyInAnyOrder("is in Z, put at risk by the cascade",
				"cost share in N rises from 14.3% to 16.7%");
		assertThat(b.drivers()).contains("cost share in X rises from 30% to 37.5%");
	}

	@Test
	void theBandsStartWhereAShareRisesByASixthAndWhereACollaborationStops() {
		// one of seven equal partners leaves: shares as rounded, 0.142857 to 0.166667
		assertThat(DependencyRisk.band(0.5 * (0.166667 - 0.142857) / 0.142857)).isEqualTo("medium");
		// one of eight: 0.125 to 0.142857
		assertThat(DependencyRisk.band(0.5 * (0.142857 - 0.125) / 0.125)).isEqualTo("low");
		assertThat(DependencyRisk.band(0.25)).isEqualTo("medium"); // put at risk by the cascade
		assertThat(DependencyRisk.band(0.5)).isEqualTo("high"); // a collaboration becomes non-viable
		assertThat(DependencyRisk.band(1 - 0.75 * 0.75)).isEqualTo("medium"); // two cascades: 0.4375
		assertThat(DependencyRisk.band(1 - 0.75 * 0.75 * 0.75)).isEqualTo("high"); // three: 0.578
	}

	@Test
	void aForceThatIsNotAnActiveMemberIsToldSo() {
		var answer = impact.of(force("f"), asOf.snapshot().collab("x"), 100);
		assertThat(answer.notMember()).isTrue();
		assertThat(answer.collaborations()).isEmpty();
		assertThat(answer.network().componentsAfter()).isEqualTo(answer.network().componentsBefore());
	}

	@Test
	void earlierEndingsOfTheSameKindAreGivenAsPrecedentsWithTheirFigures() {
		var precedents = impact.of(force("c"), asOf.snapshot().collab("x"), 100).precedents();
		assertThat(precedents).extracting(Precedents.Precedent::collaboration).containsExactly("old");
		assertThat(precedents.get(0).event()).isEqualTo("ending");
		assertThat(precedents.get(0).figures()).extracting(Precedents.Figure::amount).containsExactly(250_000.0);
		assertThat(precedents.get(0).lessons()).containsExactly("old-exit");
	}

	private static WithdrawalImpact.Affected collaboration(WithdrawalImpact.Answer answer, String id) {
		return answer.collaborations().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}
}
