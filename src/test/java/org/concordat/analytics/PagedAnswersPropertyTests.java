package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.concordat.analytics.snapshot.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.force.Force;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page of an answer is the same slice of the whole answer: overlaps and duplicates from any offset, the first
 * members and cost shares of a withdrawal, its most exposed forces, the most similar forces and collaborations. The pages are picked without sorting the
 * whole lists, so each is checked against the whole answer on random registers, and the whole answer against
 * the order its lists promise (by id, compared as text).
 */
class PagedAnswersPropertyTests {

	static Stream<Arguments> registers() {
		Random cases = new Random(20261126);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), 2000 + cases.nextInt(27), cases.nextBoolean()))
			.limit(100);
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void overlapPagesAreSlicesOfTheWholeAnswer(long seed, int year, boolean includeNational) {
		AsOf asOf = asOf(seed, year, includeNational);
		Random random = new Random(seed);
		for (int f = -1; f < asOf.snapshot().forceCount(); f++) {
			int function = random.nextInt(3) == 0 ? random.nextInt(asOf.snapshot().functionCount()) : -1;
			Overlaps.Answer whole = new Overlaps(asOf).find(f, function, null);
			assertThat(whole.pairs()).isSortedAccordingTo(
					Comparator.comparing(Overlaps.Pair::a).thenComparing(Overlaps.Pair::b));
			assertThat(whole.duplicates()).isSortedAccordingTo(Comparator.comparing(Overlaps.Duplicate::function)
				.thenComparing(d -> d.collaborations().get(0)).thenComparing(d -> d.collaborations().get(1)));
			int limit = 1 + random.nextInt(4);
			int offset = random.nextInt(3);
			Overlaps.Answer page = new Overlaps(asOf).find(f, function, null, limit, offset);
			assertThat(page.totalPairs()).isEqualTo(whole.pairs().size());
			assertThat(page.totalDuplicates()).isEqualTo(whole.duplicates().size());
			assertThat(page.pairs()).isEqualTo(slice(whole.pairs(), offset, limit));
			assertThat(page.duplicates()).isEqualTo(slice(whole.duplicates(), offset, limit));
		}
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void aLimitedWithdrawalListsTheFirstOfTheWholeAnswer(long seed, int year, boolean includeNational) {
		AsOf asOf = asOf(seed, year, includeNational);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			var whole = new WithdrawalImpact(asOf).of(f, -1, Integer.MAX_VALUE, Integer.MAX_VALUE);
			assertThat(whole.risk()).isSortedAccordingTo(Comparator.comparingDouble(DependencyRisk.Risk::score).reversed()
				.thenComparing(DependencyRisk.Risk::force));
			int members = 1 + f % 3;
			int risks = 1 + f % 4;
			var limited = new WithdrawalImpact(asOf).of(f, -1, risks, members);
			assertThat(limited.risk()).isEqualTo(slice(whole.risk(), 0, risks));
			assertThat(limited.collaborations()).hasSameSizeAs(whole.collaborations());
			for (int i = 0; i < whole.collaborations().size(); i++) {
				var all = whole.collaborations().get(i);
				var first = limited.collaborations().get(i);
				assertThat(all.membersBefore()).isSorted();
				assertThat(all.costShare()).isSortedAccordingTo(Comparator.comparing(CostShares.Share::force));
				assertThat(first.memberCount()).isEqualTo(all.membersBefore().size());
				assertThat(first.remainingCount()).isEqualTo(all.membersAfter().size());
				assertThat(first.membersBefore()).isEqualTo(slice(all.membersBefore(), 0, members));
				assertThat(first.membersAfter()).isEqualTo(slice(all.membersAfter(), 0, members));
				assertThat(first.costShare()).isEqualTo(slice(all.costShare(), 0, members));
				assertThat(first.viable()).isEqualTo(all.viable());
			}
			assertThat(limited.network()).isEqualTo(whole.network());
			assertThat(limited.functionsLost()).isEqualTo(whole.functionsLost());
		}
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void theFirstSimilarOnesAreTheBestInScoreThenIdOrder(long seed, int year, boolean includeNational) {
		AsOf asOf = asOf(seed, year, includeNational);
		for (int f = 0; f < asOf.snapshot().forceCount(); f++) {
			for (boolean byFunctions : new boolean[] { false, true }) {
				var all = new ForceSimilarity(asOf).of(f, 1_000, byFunctions);
				assertThat(all).isSortedAccordingTo(Comparator.comparingDouble(ForceSimilarity.Similar::score).reversed()
					.thenComparing(ForceSimilarity.Similar::force));
				assertThat(new ForceSimilarity(asOf).of(f, 2, byFunctions)).isEqualTo(slice(all, 0, 2));
			}
		}
		for (int c = 0; c < asOf.snapshot().collabCount(); c++) {
			var all = new CollaborationSimilarity(asOf).of(c, 1_000);
			assertThat(all).isSortedAccordingTo(Comparator.comparingDouble(CollaborationSimilarity.Similar::score)
				.reversed().thenComparing(CollaborationSimilarity.Similar::collaboration));
			assertThat(new CollaborationSimilarity(asOf).of(c, 2)).isEqualTo(slice(all, 0, 2));
		}
	}

	/**
	 * A random register with its forces and collaborations shuffled: their indexes are then not in id order,
	 * and an order by index cannot pass for the order by id.
	 */
	private static AsOf asOf(long seed, int year, boolean includeNational) {
		RegisterDocument doc = RandomRegister.of(seed);
		List<Force> forces = new ArrayList<>(doc.forces());
		List<Collaboration> collaborations = new ArrayList<>(doc.collaborations());
		Collections.shuffle(forces, new Random(seed));
		Collections.shuffle(collaborations, new Random(seed + 1));
		RegisterDocument shuffled = new RegisterDocument(doc.functions(), forces, collaborations, doc.people(),
				doc.lessons());
		return new AsOf(SnapshotBuilder.build(1, shuffled), LocalDate.of(year, 6, 30), includeNational);
	}

	private static <T> List<T> slice(List<T> list, int offset, int limit) {
		return list.subList(Math.min(offset, list.size()), Math.min(offset + limit, list.size()));
	}
}
