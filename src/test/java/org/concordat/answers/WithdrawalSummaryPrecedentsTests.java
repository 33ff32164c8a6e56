package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.TinyNetwork;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.withdrawal.Precedents;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.junit.jupiter.api.Test;

/**
 * The summary's sentence about precedents: the answer lists the latest {@link Precedents#LIMIT} alike and does not
 * count the others, so a full list is said to be at least that many, never exactly that many.
 */
class WithdrawalSummaryPrecedentsTests {

	private final AsOf asOf = TinyNetwork.asOf();

	/** c leaving x: one precedent ("old", ended) on the tiny network, repeated to make a list of {@code n}. */
	private String summaryWith(int n) {
		var a = new WithdrawalImpact(asOf, Connectivity.of(asOf)).of(asOf.snapshot().force("c"), asOf.snapshot().collab("x"), 100);
		assertThat(a.precedents()).hasSize(1);
		var listed = Collections.nCopies(n, a.precedents().get(0));
		var answer = new WithdrawalImpact.Answer(a.force(), a.at(), a.notMember(), a.collaborations(), a.functionsLost(),
				a.cascade(), a.network(), a.risk(), listed, a.uncertain(), a.uncertainCount(), a.snapshot());
		// priced as the endpoint prices it, here with no budget recorded
		return new WithdrawalSummary(asOf, Map.of()).of(WithdrawalPounds.atYearOf(answer, id -> List.of()), List.of());
	}

	@Test
	void fewerThanTheLimitAreCountedAsTheyAre() {
		assertThat(summaryWith(1)).contains(" 1 earlier withdrawal or ending is alike; the latest: Old Unit ended (");
		assertThat(summaryWith(Precedents.LIMIT - 1))
			.contains(" " + (Precedents.LIMIT - 1) + " earlier withdrawals or endings are alike; the latest: Old Unit ended (");
	}

	@Test
	void aFullListIsSaidToBeTheLatestOfAtLeastThatMany() {
		assertThat(summaryWith(Precedents.LIMIT)).contains(" At least 20 earlier withdrawals or endings are alike (the latest 20"
				+ " are listed in precedents); the latest: Old Unit ended (").doesNotContain(" 20 earlier withdrawals or endings are alike;");
	}
}
