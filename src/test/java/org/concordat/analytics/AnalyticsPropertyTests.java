package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.concordat.analytics.snapshot.SnapshotBuilder;
import org.concordat.register.RegisterDocument;

/**
 * Properties that must hold on any register, checked on 200 random ones: each case is a register seed and
 * a year to ask at, drawn from a fixed master seed so a failure names a case that can be replayed.
 */
class AnalyticsPropertyTests {

	static Stream<Arguments> registers() {
		Random cases = new Random(20261124);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), 2000 + cases.nextInt(27))).limit(200);
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void jaccardIsSymmetricAndBetweenZeroAndOne(long seed, int year) {
		AsOf asOf = asOf(RandomRegister.of(seed), year);
		int n = asOf.snapshot().forceCount();
		for (int f = 0; f < n; f++) {
			for (ForceSimilarity.Similar s : new ForceSimilarity(asOf).of(f, 1_000, false)) {
				assertThat(s.score()).isBetween(0.0, 1.0);
				int g = asOf.snapshot().force(s.force());
				String fId = asOf.snapshot().forceId(f);
				double back = new ForceSimilarity(asOf).of(g, 1_000, false).stream()
					.filter(x -> x.force().equals(fId)).findFirst().orElseThrow().score();
				assertThat(back).isEqualTo(s.score());
			}
		}
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void recordedSharesThatSumToOneStillSumToOneAfterAWithdrawal(long seed,
			int year) {
		AsOf asOf = asOf(RandomRegister.of(seed), year);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			for (var affected : new WithdrawalImpact(asOf).of(f, -1, 100).collaborations()) {
				int c = asOf.snapshot().collab(affected.id());
				double before = 0;
				for (int g : asOf.members(c)) {
					before += asOf.snapshot().share(asOf.membership(g, c));
				}
				if (!affected.sharesAssumed() && Math.abs(before - 1) < 1e-6 && !affected.costShare().isEmpty()) {
					double after = affected.costShare().stream().mapToDouble(CostShares.Share::after).sum();
					assertThat(after).isCloseTo(1.0, within(1e-4));
				}
			}
		}
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void aWithdrawalNeverAddsAPartnerPairNorJoinsComponents(long seed,
			int year) {
		AsOf asOf = asOf(RandomRegister.of(seed), year);
		Set<List<String>> before = Materialised.partnerPairs(asOf);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			var answer = new WithdrawalImpact(asOf).of(f, -1, 100);
			assertThat(answer.network().componentsAfter()).isGreaterThanOrEqualTo(answer.network().componentsBefore());
			assertThat(before).containsAll(answer.network().lostPartnerPairs());
			Set<String> hadPartners = new HashSet<>();
			before.forEach(hadPartners::addAll);
			assertThat(hadPartners).containsAll(answer.network().isolatedForces());
		}
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void theAnswerAtADateIgnoresEverythingDatedAfterIt(long seed,
			int year) {
		RegisterDocument register = RandomRegister.of(seed);
		LocalDate at = LocalDate.of(year, 6, 30);
		AsOf full = new AsOf(SnapshotBuilder.build(1, register), at, false);
		AsOf truncated = new AsOf(SnapshotBuilder.build(1, Truncation.before(register, at)), at, false);
		for (String force : register.forces().stream().map(f -> f.id()).toList()) {
			int a = full.snapshot().force(force);
			int b = truncated.snapshot().force(force);
			assertThat(new WithdrawalImpact(truncated).of(b, -1, 100)).isEqualTo(new WithdrawalImpact(full).of(a, -1, 100));
			assertThat(new ForceSimilarity(truncated).of(b, 100, true)).isEqualTo(new ForceSimilarity(full).of(a, 100, true));
			assertThat(new Overlaps(truncated).find(b, -1, null)).isEqualTo(new Overlaps(full).find(a, -1, null));
			assertThat(new ContactFinder(truncated).find(b, "withdrawal", 100))
				.isEqualTo(new ContactFinder(full).find(a, "withdrawal", 100));
		}
		assertThat(new Alliances(truncated).detect()).isEqualTo(new Alliances(full).detect());
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void componentsCutVerticesAndBetweennessAgreeWithJGraphT(long seed,
			int year) {
		AsOf asOf = asOf(RandomRegister.of(seed), year);
		var oracle = Materialised.graph(asOf);
		int[] forces = java.util.stream.IntStream.range(0, asOf.snapshot().forceCount()).toArray();
		double[] betweenness = new Betweenness(asOf).of(forces, forces.length);
		// JGraphT's raw scores count each unordered pair once; normalised by the pairs of other forces
		var raw = new org.jgrapht.alg.scoring.BetweennessCentrality<>(oracle, false).getScores();
		double pairs = (forces.length - 1.0) * (forces.length - 2.0) / 2;
		var cutpoints = new org.jgrapht.alg.connectivity.BiconnectivityInspector<>(oracle).getCutpoints();
		int components = new org.jgrapht.alg.connectivity.ConnectivityInspector<>(oracle).connectedSets().size();
		for (int f : forces) {
			String id = asOf.snapshot().forceId(f);
			assertThat(betweenness[f]).as("betweenness of " + id).isCloseTo(pairs <= 0 ? 0 : raw.get(id) / pairs, within(1e-5));
			var network = new NetworkEffect(asOf).of(f, new int[0], new int[0]);
			assertThat(network.componentsBefore()).isEqualTo(components);
			assertThat(network.cutVertex()).as("cut vertex " + id).isEqualTo(cutpoints.contains(id));
		}
	}

	private static AsOf asOf(RegisterDocument register, int year) {
		return new AsOf(SnapshotBuilder.build(1, register), LocalDate.of(year, 6, 30), false);
	}

	static Stream<Arguments> registersWithAndWithoutNational() {
		Random cases = new Random(20261125);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), 2000 + cases.nextInt(27), cases.nextBoolean()))
			.limit(300);
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registersWithAndWithoutNational")
	void theLocalNetworkEffectEqualsTheWholeNetworkRecount(long seed, int year, boolean includeNational) {
		RegisterDocument doc = RandomRegister.of(seed);
		AsOf asOf = new AsOf(SnapshotBuilder.build(1, doc), java.time.LocalDate.of(year, 6, 30), includeNational);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			var answer = new WithdrawalImpact(asOf).of(f, -1, 100);
			Set<Integer> left = new HashSet<>();
			Set<Integer> dissolved = new HashSet<>();
			for (var a : answer.collaborations()) {
				left.add(asOf.snapshot().collab(a.id()));
				if (!a.viable()) {
					dissolved.add(asOf.snapshot().collab(a.id()));
				}
			}
			assertThat(answer.network()).isEqualTo(new WholeNetworkOracle(asOf).of(f, left, dissolved));
			for (int c : left) {
				var one = new WithdrawalImpact(asOf).of(f, c, 100);
				Set<Integer> gone = one.collaborations().stream().filter(a -> !a.viable())
					.map(a -> asOf.snapshot().collab(a.id())).collect(java.util.stream.Collectors.toSet());
				assertThat(one.network()).isEqualTo(new WholeNetworkOracle(asOf).of(f, Set.of(c), gone));
			}
		}
	}
}
