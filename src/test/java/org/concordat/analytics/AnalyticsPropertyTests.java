package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.Alliances;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing dated after D changes an answer at D: on 200 random registers, each question gives the same answer
 * as on the register with everything dated after D removed or reopened ({@link Truncation}). Each case is a
 * register seed and a year to ask at, drawn from a fixed master seed so a failure names a case to replay.
 */
public class AnalyticsPropertyTests {

	public static Stream<Arguments> registers() {
		Random cases = new Random(20261124);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), 2000 + cases.nextInt(27))).limit(200);
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void theAnswerAtADateIgnoresEverythingDatedAfterIt(long seed, int year) {
		RegisterDocument register = RandomRegister.of(seed);
		LocalDate at = LocalDate.of(year, 6, 30);
		AsOf full = new AsOf(SnapshotBuilder.build(1, register), at, false);
		AsOf truncated = new AsOf(SnapshotBuilder.build(1, Truncation.before(register, at)), at, false);
		Connectivity whole = Connectivity.of(full);
		assertThat(Connectivity.of(truncated)).isEqualTo(whole);
		for (String force : register.forces().stream().map(f -> f.id()).toList()) {
			int a = full.snapshot().force(force);
			int b = truncated.snapshot().force(force);
			assertThat(new WithdrawalImpact(truncated, whole.components()).of(b, -1, 100))
				.isEqualTo(new WithdrawalImpact(full, whole.components()).of(a, -1, 100));
			assertThat(new ForceSimilarity(truncated).of(b, 100, true)).isEqualTo(new ForceSimilarity(full).of(a, 100, true));
			assertThat(new Overlaps(truncated).find(b, -1, null)).isEqualTo(new Overlaps(full).find(a, -1, null));
			assertThat(new ContactFinder(truncated).find(b, "withdrawal", 100))
				.isEqualTo(new ContactFinder(full).find(a, "withdrawal", 100));
		}
		assertThat(Alliances.of(truncated)).isEqualTo(Alliances.of(full));
	}
}
