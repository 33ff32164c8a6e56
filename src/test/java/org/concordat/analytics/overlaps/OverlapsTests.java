package org.concordat.analytics.overlaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.Materialised;
import org.concordat.analytics.RandomRegister;
import org.concordat.analytics.TinyNetwork;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.register.RegisterDocument;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Overlaps on the tiny network, worked out by hand; and on random registers, against JGraphT and as pages. */
class OverlapsTests {

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

	/** Only the Java API can ask for it (HTTP refuses a limit below 1); it used to fail on an empty heap. */
	@Test
	void aPageOfNoPairsIsEmptyWithWholeTotals() {
		var none = new Overlaps(asOf).find(-1, -1, null, 0, 0);
		assertThat(none.pairs()).isEmpty();
		assertThat(none.duplicates()).isEmpty();
		assertThat(none.totalPairs()).isEqualTo(3);
		assertThat(none.totalDuplicates()).isEqualTo(1);
		int c = asOf.snapshot().force("c");
		assertThat(new Overlaps(asOf).find(c, -1, "north", 0, 0).totalPairs())
			.isEqualTo(new Overlaps(asOf).find(c, -1, "north").pairs().size()).isEqualTo(2);
	}

	/**
	 * An unpaged answer keeps every pair it finds in its thread's scratch: here 1,770, past the 1,024 a thread may
	 * hold between requests, so the room must be given back; the next answers on the thread stay right.
	 */
	@Test
	void aThreadGivesBackTheRoomAnUnpagedAnswerTookForItsPairs() {
		var collabs = IntStream.range(0, 60).mapToObj(c -> new Collaboration("c" + (100 + c), "C" + c, "unit", "regional",
				null, "active", "2010", null, null, null, null, List.of("dogs"), List.of(), List.of(), List.of(),
				List.of(new Membership("a", null, null, "member", null, null),
						new Membership("b", null, null, "member", null, null)),
				List.of(), Map.of())).toList();
		var register = new RegisterDocument(List.of(new PolicingFunction("dogs", "Dogs")),
				List.of(new Force("a", "A", "North", null), new Force("b", "B", "South", null)), collabs, List.of(),
				List.of());
		AsOf crowded = new AsOf(SnapshotBuilder.build(1, register), TinyNetwork.AT, false);

		var whole = new Overlaps(crowded).find(-1, -1, null);
		assertThat(whole.pairs()).hasSize(60 * 59 / 2);
		assertThat(whole.totalDuplicates()).isEqualTo(60 * 59 / 2);
		assertThat(Overlaps.keptRoom()).isPositive().isLessThanOrEqualTo(1_024);
		assertThat(new Overlaps(crowded).find(-1, -1, "north", 3, 1_700).pairs())
			.isEqualTo(whole.pairs().subList(1_700, 1_703));
		assertThat(new Overlaps(crowded).find(-1, -1, null).pairs()).isEqualTo(whole.pairs());
		assertThat(Overlaps.keptRoom()).isLessThanOrEqualTo(1_024);
	}

	@Test
	void overlapsNarrowByForceFunctionAndRegion() {
		assertThat(new Overlaps(asOf).find(asOf.snapshot().force("e"), -1, null).pairs())
			.extracting(Overlaps.Pair::a).containsExactly("y");
		assertThat(new Overlaps(asOf).find(-1, asOf.snapshot().function("roads-policing"), null).pairs()).hasSize(1);
		assertThat(new Overlaps(asOf).find(-1, -1, "South").pairs()).extracting(Overlaps.Pair::b).containsExactly("z");
	}

	@Test
	void nationalCollaborationsJoinTheNetworkOnlyWhenAsked() {
		assertThat(new Overlaps(TinyNetwork.at(TinyNetwork.AT, true)).find(-1, -1, null).pairs()).hasSize(7);
	}

	static Stream<Arguments> registers() {
		return RandomRegister.cases(20261126, 100);
	}

	/** Every pair of collaborations two steps apart, with JGraphT's Jaccard of their vertices, in id order. */
	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void thePairsAreJGraphTsJaccardBetweenCollaborationsSharingAMember(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.shuffledAt(seed, year, includeNational);
		var bipartite = Materialised.bipartite(asOf);
		var jaccard = new JaccardCoefficientLinkPrediction<>(bipartite);
		List<Overlaps.Pair> expected = new ArrayList<>();
		List<String> collabs = bipartite.vertexSet().stream().filter(v -> v.startsWith("c:")).sorted().toList();
		for (String a : collabs) {
			for (String b : collabs) {
				List<String> shared = org.jgrapht.Graphs.neighborSetOf(bipartite, a).stream()
					.filter(org.jgrapht.Graphs.neighborSetOf(bipartite, b)::contains).map(f -> f.substring(2)).sorted()
					.toList();
				if (a.compareTo(b) < 0 && !shared.isEmpty()) {
					expected.add(new Overlaps.Pair(a.substring(2), b.substring(2), shared, IndexLists.round(jaccard.predict(a, b))));
				}
			}
		}
		assertThat(new Overlaps(asOf).find(-1, -1, null).pairs()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void overlapPagesAreSlicesOfTheWholeAnswer(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.shuffledAt(seed, year, includeNational);
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

	/** A region keeps the whole answer's pairs (and duplicates) that share a member from there, whatever case it is given in. */
	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void aRegionKeepsThePairsSharingAMemberFromIt(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.shuffledAt(seed, year, includeNational);
		var s = asOf.snapshot();
		List<String> regions = IntStream.range(0, s.forceCount()).mapToObj(s::region).distinct().toList();
		for (int f = -1; f < s.forceCount(); f++) {
			Overlaps.Answer whole = new Overlaps(asOf).find(f, -1, null);
			for (String region : regions) {
				Predicate<List<String>> fromThere = shared -> shared.stream()
					.anyMatch(g -> s.region(s.force(g)).equalsIgnoreCase(region));
				Overlaps.Answer there = new Overlaps(asOf).find(f, -1, region.toUpperCase());
				assertThat(there.pairs()).isEqualTo(whole.pairs().stream().filter(p -> fromThere.test(p.shared())).toList());
				assertThat(there.duplicates())
					.isEqualTo(whole.duplicates().stream().filter(d -> fromThere.test(d.sharedMembers())).toList());
				assertThat(there.totalPairs()).isEqualTo(there.pairs().size());
				assertThat(there.totalDuplicates()).isEqualTo(there.duplicates().size());
			}
		}
	}

	/**
	 * Pages with a region (and now and then a function), walked from offset 0, put together give the whole answer
	 * with that region; every page, a page of none and the one past the end included, has its whole totals.
	 */
	@ParameterizedTest(name = "register {0} at {1}, national {2}")
	@MethodSource("registers")
	void pagesWithARegionMakeUpTheWholeAnswerWithIt(long seed, int year, boolean includeNational) {
		AsOf asOf = RandomRegister.shuffledAt(seed, year, includeNational);
		var s = asOf.snapshot();
		Random random = new Random(seed);
		List<String> regions = IntStream.range(0, s.forceCount()).mapToObj(s::region).distinct().toList();
		for (int f = -1; f < s.forceCount(); f++) {
			for (String region : regions) {
				int function = random.nextInt(3) == 0 ? random.nextInt(s.functionCount()) : -1;
				Overlaps.Answer whole = new Overlaps(asOf).find(f, function, region);
				int limit = 1 + random.nextInt(3);
				List<Overlaps.Pair> pairs = new ArrayList<>();
				List<Overlaps.Duplicate> duplicates = new ArrayList<>();
				for (int offset = 0; offset <= Math.max(whole.totalPairs(), whole.totalDuplicates()); offset += limit) {
					Overlaps.Answer page = new Overlaps(asOf).find(f, function, region, limit, offset);
					assertThat(page.totalPairs()).isEqualTo(whole.totalPairs());
					assertThat(page.totalDuplicates()).isEqualTo(whole.totalDuplicates());
					assertThat(page.pairs()).hasSizeLessThanOrEqualTo(limit);
					assertThat(page.duplicates()).hasSizeLessThanOrEqualTo(limit);
					pairs.addAll(page.pairs());
					duplicates.addAll(page.duplicates());
				}
				assertThat(pairs).isEqualTo(whole.pairs()).hasSize(whole.totalPairs());
				assertThat(duplicates).isEqualTo(whole.duplicates()).hasSize(whole.totalDuplicates());
				Overlaps.Answer none = new Overlaps(asOf).find(f, function, region, 0, random.nextInt(3));
				assertThat(none.pairs()).isEmpty();
				assertThat(none.duplicates()).isEmpty();
				assertThat(none.totalPairs()).isEqualTo(whole.totalPairs());
				assertThat(none.totalDuplicates()).isEqualTo(whole.totalDuplicates());
			}
		}
	}

	private static <T> List<T> slice(List<T> list, int offset, int limit) {
		return list.subList(Math.min(offset, list.size()), Math.min(offset + limit, list.size()));
	}
}
