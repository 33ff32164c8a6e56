package org.concordat.analytics.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.snapshot.storage.Day;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for any withdrawal, on random registers drawn from fixed master seeds (a failure names a
 * case that can be replayed): shares that summed to 1 still do; the local network effect equals JGraphT's
 * answer on the network written out before and after; pages are slices of the whole answer; the uncertain events
 * of alike collaborations found through bit sets are those a plain scan finds.
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
			var whole = impact.of(f, -1, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
			assertThat(whole.risk()).isSortedAccordingTo(Comparator.comparingDouble(DependencyRisk.Risk::score).reversed()
				.thenComparing(DependencyRisk.Risk::force));
			int members = 1 + f % 3;
			int risks = 1 + f % 4;
			int uncertain = 1 + f % 5;
			int pairs = 1 + f % 2;
			var limited = impact.of(f, -1, risks, members, uncertain, pairs);
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
				// assumed equal shares are stated once for all who remain, never listed member by member
				assertThat(first.equalShare()).isEqualTo(all.equalShare());
				assertThat(all.equalShare() != null).isEqualTo(all.sharesAssumed() && !all.membersAfter().isEmpty());
				assertThat(all.sharesAssumed() ? all.costShare() : List.of()).isEmpty();
				assertThat(first.viable()).isEqualTo(all.viable());
			}
			assertThat(limited.network().lostPartnerPairs()).isEqualTo(slice(whole.network().lostPartnerPairs(), pairs));
			assertThat(limited.network().lostPartnerPairCount()).isEqualTo(whole.network().lostPartnerPairCount())
				.isEqualTo(whole.network().lostPartnerPairs().size());
			assertThat(limited.network()).usingRecursiveComparison().ignoringFields("lostPartnerPairs").isEqualTo(whole.network());
			assertThat(limited.functionsLost()).isEqualTo(whole.functionsLost());
			assertThat(limited.uncertain()).isEqualTo(slice(whole.uncertain(), uncertain));
			assertThat(limited.uncertainCount()).isEqualTo(whole.uncertainCount()).isEqualTo(whole.uncertain().size());
		}
	}

	/**
	 * The uncertain events of the precedents' candidates, found through each date's bit sets of kinds and functions,
	 * are those a plain scan of every collaboration and membership finds: as many, in the same order, each once, and
	 * a page of them is the first of them that fit after those already listed. Asked at 30 June and on a day of
	 * another month of every year from 2000 to 2026 (at the case's date alone, few registers have any).
	 */
	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void theUncertainEventsOfAlikeCollaborationsAreThoseAPlainScanFinds(long seed, int year, boolean includeNational) {
		var snapshot = RandomRegister.shuffledAt(seed, year, includeNational).snapshot();
		Random random = new Random(seed);
		for (int y = 2000; y <= 2026; y++) {
			for (var day : List.of(LocalDate.of(y, 6, 30), LocalDate.of(y, 1 + random.nextInt(12), 15))) {
				AsOf asOf = new AsOf(snapshot, day, includeNational);
				Precedents precedents = new Precedents(asOf);
				for (int f = 0; f < snapshot.forceCount(); f++) {
					int[] mine = asOf.collabsOf(f);
					List<int[]> asked = new ArrayList<>(List.of(mine));
					Arrays.stream(mine).forEach(c -> asked.add(new int[] { c }));
					for (int[] affected : asked) {
						List<UncertainEvent.Found> expected = uncertainLikeByScan(asOf, affected);
						List<UncertainEvent.Found> all = new ArrayList<>();
						assertThat(precedents.uncertainLike(affected, Integer.MAX_VALUE, all)).isEqualTo(expected.size());
						assertThat(all).isEqualTo(expected);

						int before = random.nextInt(3); // the affected collaborations' own, listed first
						int limit = random.nextInt(6);
						List<UncertainEvent.Found> page = new ArrayList<>(Collections
							.nCopies(before, new UncertainEvent.Found(-1, -1, "own", null)));
						assertThat(precedents.uncertainLike(affected, limit, page)).isEqualTo(expected.size());
						assertThat(page.subList(before, page.size()))
							.isEqualTo(slice(expected, Math.max(0, limit - before)));
					}
				}
			}
		}
	}

	/**
	 * The oracle, asking every event of the register in turn: an ending, or a withdrawal before its collaboration's
	 * end from a membership begun by D, of a collaboration started by D, outside {@code affected} and of the same
	 * kind as or with a function in common with one of them, recorded only to a year or a month whose period holds
	 * D. In the order the answers have listed them: soonest first (by the day it has certainly happened by); on one
	 * day, by collaboration in descending id order, its withdrawals in descending membership order before its
	 * ending (the reverse of the precedents' order). Each once: two that read the same are one.
	 */
	private static List<UncertainEvent.Found> uncertainLikeByScan(AsOf asOf, int[] affected) {
		var s = asOf.snapshot();
		int d = asOf.day();
		Set<String> kinds = new HashSet<>();
		Set<Integer> functions = new HashSet<>();
		for (int a : affected) {
			kinds.add(s.collab(a).kind());
			Arrays.stream(s.collabFunctions(a)).forEach(functions::add);
		}
		record Event(int day, int c, int m, UncertainEvent.Found found) {
		}
		List<Event> events = new ArrayList<>();
		for (int c = 0; c < s.collabCount(); c++) {
			int collab = c;
			boolean outside = Arrays.stream(affected).noneMatch(a -> a == collab);
			boolean alike = kinds.contains(s.collab(c).kind())
					|| Arrays.stream(s.collabFunctions(c)).anyMatch(functions::contains);
			if (!outside || !alike || s.collab(c).started() > d) {
				continue;
			}
			int ended = s.collab(c).ended();
			if (yearOrMonthHolding(ended, s.collab(c).endedPrecision(), d)) {
				events.add(new Event(ended, c, -1,
						new UncertainEvent.Found(c, -1, "ended", Day.written(ended, s.collab(c).endedPrecision()))));
			}
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				if (s.joined(m) <= d && s.left(m) < ended && yearOrMonthHolding(s.left(m), s.leftPrecision(m), d)) {
					events.add(new Event(s.left(m), c, m, new UncertainEvent.Found(c, s.memberForce(m), "left",
							Day.written(s.left(m), s.leftPrecision(m)))));
				}
			}
		}
		events.sort(Comparator.comparingInt(Event::day).thenComparing(Event::c, Comparator.reverseOrder())
			.thenComparing(Event::m, Comparator.reverseOrder()));
		return events.stream().map(Event::found).distinct().toList();
	}

	/** Whether an event stored as {@code certain} is recorded to a year or a month and its period holds {@code d}. */
	private static boolean yearOrMonthHolding(int certain, byte precision, int d) {
		return (precision == Day.YEAR || precision == Day.MONTH) && certain != Day.OPEN
				&& Day.uncertainFrom(certain, precision) <= d && d < certain;
	}

	private static <T> List<T> slice(List<T> list, int limit) {
		return list.subList(0, Math.min(limit, list.size()));
	}
}
