package org.concordat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.Alliances;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.concordat.collaboration.Collaboration;
import org.concordat.businesscase.BusinessCase;
import org.concordat.businesscase.BusinessCaseAsOf;
import org.concordat.health.HealthAsOf;
import org.concordat.netcontribution.NetContributionAsOf;
import org.concordat.register.RegisterDocument;
import org.concordat.signing.BeforeSigningAsOf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * As of a date means as of that date, on 200 random registers (dates at every precision), for every question
 * that reads the register as of a date (connectivity, withdrawal with its precedents, force and collaboration
 * similarity, overlaps, contacts, alliances; and issue 13's collaboration health, business case, net contribution and before-signing
 * check, on the collaborations as the truncated register records them):
 * <ul>
 * <li>nothing recorded after D changes an answer at D: the same answer as on the register with everything dated
 * after D removed or reopened ({@link Truncation#before});</li>
 * <li>an event recorded only to a year or a month whose period holds D counts as not yet happened: the same
 * answer as on the register with those removed or reopened too ({@link Truncation#certainBy}), but for the
 * withdrawal, health and before-signing answers' lists of such events (and their sentence in the summary),
 * which are empty there.</li>
 * </ul>
 * Each case is a register seed and a day to ask at, drawn from a fixed master seed so a failure names a case
 * to replay.
 */
public class AnalyticsPropertyTests {

	public static Stream<Arguments> registers() {
		Random cases = new Random(20261124);
		return Stream.generate(() -> Arguments.of(cases.nextLong(), LocalDate.of(2000 + cases.nextInt(27), 1, 1)
			.plusDays(cases.nextInt(365)))).limit(200);
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void theAnswerAtADateIgnoresEverythingDatedAfterIt(long seed, LocalDate at) {
		RegisterDocument register = RandomRegister.of(seed);
		AsOf full = new AsOf(SnapshotBuilder.build(1, register), at, false);
		RegisterDocument truncated = Truncation.before(register, at);
		sameAnswers(register, full, new AsOf(SnapshotBuilder.build(1, truncated), at, false), false);
		sameAgreementAnswers(register, full, truncated, new AsOf(SnapshotBuilder.build(1, truncated), at, false), false);
	}

	@ParameterizedTest(name = "register {0} at {1}")
	@MethodSource("registers")
	void anEventKnownOnlyToAPeriodHoldingTheDateCountsAsNotYetHappened(long seed, LocalDate at) {
		RegisterDocument register = RandomRegister.of(seed);
		AsOf full = new AsOf(SnapshotBuilder.build(1, register), at, false);
		RegisterDocument truncated = Truncation.certainBy(register, at);
		sameAnswers(register, full, new AsOf(SnapshotBuilder.build(1, truncated), at, false), true);
		sameAgreementAnswers(register, full, truncated, new AsOf(SnapshotBuilder.build(1, truncated), at, false), true);
	}

	@org.junit.jupiter.api.Test
	void theRandomRegistersHoldLeavingsOnDatesNotKnown() {
		long undated = registers().mapToLong(a -> RandomRegister.of((long) a.get()[0]).collaborations().stream()
			.flatMap(c -> c.members().stream()).filter(m -> Boolean.TRUE.equals(m.leftDateUnknown())).count()).sum();
		assertThat(undated).isGreaterThan(100);
	}

	private static void sameAnswers(RegisterDocument register, AsOf full, AsOf truncated, boolean butUncertain) {
		Connectivity whole = Connectivity.of(full);
		assertThat(Connectivity.of(truncated)).isEqualTo(whole);
		for (String force : register.forces().stream().map(f -> f.id()).toList()) {
			int a = full.snapshot().force(force);
			int b = truncated.snapshot().force(force);
			WithdrawalImpact.Answer withdrawal = new WithdrawalImpact(full, whole).of(a, -1, 100);
			WithdrawalImpact.Answer onTruncated = new WithdrawalImpact(truncated, whole).of(b, -1, 100);
			if (butUncertain) {
				assertThat(onTruncated.uncertain()).isEmpty();
				assertThat(onTruncated).isEqualTo(withUncertain(withdrawal, List.of()));
			}
			else {
				assertThat(onTruncated).isEqualTo(withdrawal);
			}
			assertThat(new ForceSimilarity(truncated).of(b, 100, true)).isEqualTo(new ForceSimilarity(full).of(a, 100, true));
			assertThat(new Overlaps(truncated).find(b, -1, null)).isEqualTo(new Overlaps(full).find(a, -1, null));
			assertThat(new ContactFinder(truncated).find(b, "withdrawal", 100))
				.isEqualTo(new ContactFinder(full).find(a, "withdrawal", 100));
		}
		for (int c = 0; c < full.snapshot().collabCount(); c++) {
			int d = truncated.snapshot().collab(full.snapshot().collabId(c));
			if (full.inNetwork(c)) { // a collaboration not yet started at D is not in the truncated register
				assertThat(new CollaborationSimilarity(truncated).of(d, 100))
					.isEqualTo(new CollaborationSimilarity(full).of(c, 100));
			}
		}
		assertThat(Alliances.of(truncated)).isEqualTo(Alliances.of(full));
	}

	/**
	 * Issue 13's questions that read the register beside the snapshot (collaboration health, the business case of every
	 * force for every collaboration active at D, with notice served at D, net contribution, the before-signing check): the
	 * same answers on the truncated register, but for the uncertain events when {@code butUncertain}, which must
	 * then be none on the truncated register.
	 */
	private static void sameAgreementAnswers(RegisterDocument register, AsOf full, RegisterDocument cut, AsOf truncated,
			boolean butUncertain) {
		Map<String, Collaboration> fullById = register.collaborations().stream()
			.collect(Collectors.toMap(Collaboration::id, c -> c));
		Map<String, Collaboration> cutById = cut.collaborations().stream().collect(Collectors.toMap(Collaboration::id, c -> c));
		List<String> forces = register.forces().stream().map(f -> f.id()).toList();
		Connectivity components = Connectivity.of(full);
		for (int c = 0; c < full.snapshot().collabCount(); c++) {
			String id = full.snapshot().collabId(c);
			if (full.active(c)) {
				assertThat(HealthAsOf.of(truncated, cutById.get(id), false))
					.isEqualTo(HealthAsOf.of(full, fullById.get(id), butUncertain));
				for (String force : forces) {
					BusinessCase onTruncated = BusinessCaseAsOf.of(truncated, components, force, cutById.get(id), false);
					if (butUncertain) {
						assertThat(onTruncated.uncertain()).isEmpty();
					}
					assertThat(onTruncated)
						.isEqualTo(BusinessCaseAsOf.of(full, components, force, fullById.get(id), butUncertain));
				}
			}
		}
		List<String> functions = register.functions().isEmpty() ? List.of()
				: List.of(register.functions().get(0).id());
		for (int i = 0; i < forces.size(); i++) {
			String force = forces.get(i);
			assertThat(NetContributionAsOf.of(truncated, truncated.snapshot().force(force), cutById))
				.isEqualTo(NetContributionAsOf.of(full, full.snapshot().force(force), fullById));
			List<String> draft = List.of(force, forces.get((i + 1) % forces.size()));
			assertThat(BeforeSigningAsOf.of(truncated, draft, functions, false))
				.isEqualTo(BeforeSigningAsOf.of(full, draft, functions, butUncertain));
		}
	}

	private static WithdrawalImpact.Answer withUncertain(WithdrawalImpact.Answer a, List<org.concordat.analytics.withdrawal.UncertainEvent> uncertain) {
		return new WithdrawalImpact.Answer(a.force(), a.at(), a.notMember(), a.collaborations(), a.functionsLost(),
				a.cascade(), a.network(), a.risk(), a.precedents(), uncertain, uncertain.size(), a.snapshot());
	}
}
