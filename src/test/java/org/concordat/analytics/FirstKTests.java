package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FirstKTests {

	@Test
	void theFirstKComeOutInOrder() {
		assertThat(FirstK.of(new int[] { 9, 4, 7, 1, 8, 2 }, 6, 3, Integer::compare)).containsExactly(1, 2, 4);
	}

	@Test
	void askingForMoreThanThereAreGivesThemAllSorted() {
		assertThat(FirstK.of(new int[] { 3, 1, 2 }, 3, 10, null)).containsExactly(1, 2, 3);
	}

	@Test
	void onlyTheFirstNItemsAreConsidered() {
		assertThat(FirstK.of(new int[] { 5, 6, 0, 1 }, 2, 2, null)).containsExactly(5, 6);
	}

	@Test
	void zeroItemsAskedGivesNone() {
		assertThat(FirstK.of(new int[] { 5, 6 }, 2, 0, null)).isEmpty();
	}

	@Test
	void aFirstKOfNoneIsNeverFullAndKeepsNothing() {
		FirstK none = new FirstK(0, null);
		none.offer(3);
		assertThat(none.full()).isFalse(); // callers ask for the worst only of a full one
		assertThat(none.inOrder()).isEmpty();
	}

	@Test
	void anOrderOtherThanTheIntsOwnIsFollowed() {
		double[] score = { 0.5, 0.9, 0.1, 0.9 };
		// highest score first, ties by index: as the dependency risk lists forces
		FirstK.Order byScore = (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b);
		assertThat(FirstK.of(new int[] { 0, 1, 2, 3 }, 4, 3, byScore)).containsExactly(1, 3, 0);
	}

	@Test
	void itAgreesWithSortingOnRandomInput() {
		Random random = new Random(11);
		for (int round = 0; round < 500; round++) {
			int n = random.nextInt(300);
			int[] items = random.ints(n, 0, 1_000_000).distinct().toArray();
			int k = random.nextInt(n + 5);
			int[] sorted = items.clone();
			Arrays.sort(sorted);
			assertThat(FirstK.of(items, items.length, k, null))
				.containsExactly(Arrays.copyOf(sorted, Math.min(k, items.length)));
		}
	}
}
