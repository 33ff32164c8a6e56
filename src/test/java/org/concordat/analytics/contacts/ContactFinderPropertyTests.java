package org.concordat.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.concordat.analytics.AnalyticsPropertyTests;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contact finder, both ways (one search that stops early, routes from the same search; or, for a tier of few
 * candidate collaborations, their hops worked out beforehand, {@link CandidateHops}), gives exactly the answer of
 * the straightforward one it replaced ({@link ContactOracle}: whole-graph search, everything scored and
 * sorted, a second search per listed contact for its route): same contacts, order, roles, hops, scores and
 * paths, for every force, on random registers at random dates, for several topics and limits, with and
 * without national collaborations. Cases come from fixed master seeds, so a failure names one to replay.
 */
class ContactFinderPropertyTests {

	private static final int[] LIMITS = { 1, 2, 3, 5, 10, 1_000 };

	/**
	 * How many searches stopped before reaching every force they could, and how many resolved a candidate by
	 * probing the next level: both shortcuts must be exercised.
	 */
	private static int stoppedEarly;

	private static int probing;

	private static int searches;

	static Stream<Arguments> contactRegisters() {
		Random cases = new Random(20261125);
		return Stream.generate(() -> Arguments.of(cases.nextLong())).limit(300);
	}

	static Stream<Arguments> smallRegisters() {
		return AnalyticsPropertyTests.registers().limit(100);
	}

	@ParameterizedTest(name = "register {0}")
	@MethodSource("contactRegisters")
	void equalsTheStraightforwardFinderOnContactShapedRegisters(long seed) {
		Random random = new Random(seed);
		RegisterSnapshot snapshot = SnapshotBuilder.build(1, RandomContactsRegister.of(seed));
		for (int round = 0; round < 3; round++) {
			AsOf asOf = new AsOf(snapshot, RandomContactsRegister.at(random), random.nextInt(3) == 0);
			String topic = RandomContactsRegister.TOPICS.get(random.nextInt(RandomContactsRegister.TOPICS.size()));
			int limit = LIMITS[random.nextInt(LIMITS.length)];
			for (int f = 0; f < snapshot.forceCount(); f++) {
				assertSame(asOf, f, topic, limit);
			}
		}
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("smallRegisters")
	void equalsTheStraightforwardFinderOnThePropertyTestsRegisters(long seed, LocalDate at) {
		RegisterSnapshot snapshot = SnapshotBuilder.build(1, RandomRegister.of(seed));
		for (boolean national : new boolean[] { false, true }) {
			AsOf asOf = new AsOf(snapshot, at, national);
			for (String topic : List.of("withdrawal", "purpose", "k0", "k1", "withdrawal-help")) {
				for (int limit : new int[] { 1, 2, 10 }) {
					for (int f = 0; f < snapshot.forceCount(); f++) {
						assertSame(asOf, f, topic, limit);
					}
				}
			}
		}
	}

	private static void assertSame(AsOf asOf, int f, String topic, int limit) {
		var expected = new ContactOracle(asOf).find(f, topic, limit);
		assertThat(new ContactFinder(asOf).find(f, topic, limit))
			.as("force %s, topic %s, limit %d at %s", asOf.snapshot().forceId(f), topic, limit, asOf.date())
			.isEqualTo(expected);
		for (ContactFinder.Hops way : new ContactFinder.Hops[] { ContactFinder.Hops.SEARCH, ContactFinder.Hops.WAIT }) {
			assertThat(new ContactFinder(asOf, way).find(f, topic, limit))
				.as("%s, force %s, topic %s, limit %d at %s", way, asOf.snapshot().forceId(f), topic, limit, asOf.date())
				.isEqualTo(expected);
		}
		countEarlyStop(asOf, f, topic, limit);
	}

	private static void countEarlyStop(AsOf asOf, int f, String topic, int limit) {
		countEarlyStop(asOf, f, ContactCandidates.of(asOf, topic, 1), limit);
		countEarlyStop(asOf, f, ContactCandidates.of(asOf, topic, 0), limit);
	}

	/** One tier's search, as the finder runs it (asked for at most {@code limit}). */
	private static void countEarlyStop(AsOf asOf, int f, ContactCandidates candidates, int limit) {
		if (candidates.keyCount() == 0) {
			return;
		}
		ContactScratch scratch = ContactScratch.take(asOf.snapshot());
		try {
			ContactSearch search = new ContactSearch(asOf, candidates, scratch, limit).from(f);
			int reached = search.reached();
			probing += search.probed() > 0 ? 1 : 0;
			int reachable = new org.jgrapht.alg.connectivity.ConnectivityInspector<>(Materialised.indexGraph(asOf))
				.connectedSetOf(f).size();
			searches++;
			stoppedEarly += reached < reachable ? 1 : 0;
		}
		finally {
			scratch.release(asOf.snapshot());
		}
	}

	@AfterAll
	static void theShortcutsWereExercised() {
		assertThat(stoppedEarly).as("searches that stopped early, of %d", searches).isGreaterThan(searches / 20);
		assertThat(probing).as("searches that resolved by probing, of %d", searches).isGreaterThan(searches / 100);
	}
}
