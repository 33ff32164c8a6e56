package org.concordat.analytics.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.network.Connectivity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any withdrawal, on random registers drawn from fixed master seeds (a failure names a
 * case that can be replayed): shares that summed to 1 still do; the local network effect equals JGraphT's
 * answer on the network written out before and after; pages are slices of the whole answer.
 */
class WithdrawalPropertyTests {

	static Stream<Arguments> registers() {
		return RandomRegister.cases(20261125, 300);
	}

	private static WithdrawalImpact impact(AsOf asOf) {
		return new WithdrawalImpact(asOf, Connectivity.of(asOf));
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void recordedSharesThatSumToOneStillSumToOneAfterAWithdrawal(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			for (var affected : impact(asOf).of(f, -1, 100).collaborations()) {
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

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void theLocalNetworkEffectEqualsJGraphTsOnTheWholeNetwork(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.at(seed, year, includeNational);
		Set<List<String>> pairsBefore = Materialised.partnerPairs(asOf);
		WithdrawalImpact impact = impact(asOf);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			var answer = impact.of(f, -1, 100);
			Set<Integer> left = new HashSet<>();
			Set<Integer> dissolved = new HashSet<>();
			for (var a : answer.collaborations()) {
				left.add(asOf.snapshot().collab(a.id()));
				if (!a.viable()) {
					dissolved.add(asOf.snapshot().collab(a.id()));
				}
			}
			assertThat(answer.network()).isEqualTo(new WholeNetworkOracle(asOf).of(f, left, dissolved));
			assertThat(answer.network().componentsAfter()).isGreaterThanOrEqualTo(answer.network().componentsBefore());
			assertThat(pairsBefore).containsAll(answer.network().lostPartnerPairs());
			for (int c : left) {
				var one = impact.of(f, c, 100);
				Set<Integer> gone = one.collaborations().stream().filter(a -> !a.viable())
					.map(a -> asOf.snapshot().collab(a.id())).collect(Collectors.toSet());
				assertThat(one.network()).isEqualTo(new WholeNetworkOracle(asOf).of(f, Set.of(c), gone));
			}
		}
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void aLimitedWithdrawalListsTheFirstOfTheWholeAnswer(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.shuffledAt(seed, year, includeNational);
		WithdrawalImpact impact = impact(asOf);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			var whole = impact.of(f, -1, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
			assertThat(whole.risk()).isSortedAccordingTo(Comparator.comparingDouble(DependencyRisk.Risk::score).reversed()
				.thenComparing(DependencyRisk.Risk::force));
			int members = 1 + f % 3;
			int risks = 1 + f % 4;
			int uncertain = 1 + f % 5;
			var limited = impact.of(f, -1, risks, members, uncertain);
			assertThat(limited.risk()).isEqualTo(slice(whole.risk(), risks));
			assertThat(limited.collaborations()).hasSameSizeAs(whole.collaborations());
			for (int i = 0; i < whole.collaborations().size(); i++) {
				var all = whole.collaborations().get(i);
				var first = limited.collaborations().get(i);
				assertThat(all.membersBefore()).isSorted();
				assertThat(all.costShare()).isSortedAccordingTo(Comparator.comparing(CostShares.Share::force));
				assertThat(first.memberCount()).isEqualTo(all.membersBefore().size());
				assertThat(first.remainingCount()).isEqualTo(all.membersAfter().size());
				assertThat(first.membersBefore()).isEqualTo(slice(all.membersBefore(), members));
				assertThat(first.membersAfter()).isEqualTo(slice(all.membersAfter(), members));
				assertThat(first.costShare()).isEqualTo(slice(all.costShare(), members));
				assertThat(first.viable()).isEqualTo(all.viable());
			}
			assertThat(limited.network()).isEqualTo(whole.network());
			assertThat(limited.functionsLost()).isEqualTo(whole.functionsLost());
			assertThat(limited.uncertain()).isEqualTo(slice(whole.uncertain(), uncertain));
			assertThat(limited.uncertainCount()).isEqualTo(whole.uncertainCount()).isEqualTo(whole.uncertain().size());
		}
	}

	private static <T> List<T> slice(List<T> list, int limit) {
		return list.subList(0, Math.min(limit, list.size()));
	}
}
