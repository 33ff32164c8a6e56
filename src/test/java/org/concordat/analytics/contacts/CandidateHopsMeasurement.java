package org.concordat.analytics.contacts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.NationalRegister;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.bench.BenchCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What reading a tier's hops ({@link CandidateHops}) saves over searching from the force ({@link ContactSearch}),
 * on the HTTP bench's sample (the national register, seed 7, its 100 forces at 2025-06-30), topic
 * {@code withdrawal}: the whole answer's time both ways, each force's fastest of five, the two ways in alternate
 * rounds; and what working out the hops costs, at three other dates. A benchmark, run only with
 * {@code mvn -Pbench test -Dtest=CandidateHopsMeasurement}.
 */
@Tag("bench")
class CandidateHopsMeasurement {

	@Test
	void hopsReadAgainstTheSearch() {
		RegisterSnapshot s = NationalRegister.snapshot();
		LocalDate at = LocalDate.parse("2025-06-30");
		AsOf asOf = new AsOf(s, at, false);
		List<String> forces = BenchCommand.sample(s, at, 100, 7);
		System.out.printf("load average %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
			.getSystemLoadAverage());
		for (int day = 1; day <= 3; day++) {
			AsOf other = new AsOf(s, at.minusDays(day), false);
			ContactCandidates tier = ContactCandidates.of(other, "withdrawal", 1);
			long started = System.nanoTime();
			CandidateHops.of(other, tier, true);
			System.out.printf("hops of %d candidate collaborations worked out in %.0f ms%n", tier.collab.length,
					(System.nanoTime() - started) / 1e6);
		}
		long[][] fastest = new long[2][forces.size()];
		for (long[] way : fastest) {
			Arrays.fill(way, Long.MAX_VALUE);
		}
		for (int round = 0; round < 10; round++) {
			int way = round % 2; // 0: searching, 1: reading the hops
			for (int i = 0; i < forces.size(); i++) {
				long a = System.nanoTime();
				new ContactFinder(asOf, way == 1 ? ContactFinder.Hops.WAIT : ContactFinder.Hops.SEARCH).find(s.force(forces.get(i)), "withdrawal", 10);
				fastest[way][i] = Math.min(fastest[way][i], System.nanoTime() - a);
			}
		}
		for (String f : forces) { // both ways answer alike (ContactFinderPropertyTests holds them to the oracle)
			org.assertj.core.api.Assertions.assertThat(new ContactFinder(asOf, ContactFinder.Hops.WAIT).find(s.force(f), "withdrawal", 10))
				.isEqualTo(new ContactFinder(asOf, ContactFinder.Hops.SEARCH).find(s.force(f), "withdrawal", 10));
		}
		for (int way = 0; way < 2; way++) {
			long[] sorted = fastest[way].clone();
			Arrays.sort(sorted);
			System.out.printf("%-22s mean %4.0f µs, p50 %4.0f, p90 %4.0f, max %5.0f%n", way == 0 ? "searching" : "reading the hops",
					Arrays.stream(sorted).average().orElse(0) / 1e3, sorted[sorted.length / 2] / 1e3,
					sorted[sorted.length * 9 / 10] / 1e3, sorted[sorted.length - 1] / 1e3);
		}
	}
}
