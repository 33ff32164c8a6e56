package org.concordat.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.NationalRegister;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The withdrawal answer's own work and JSON on the HTTP bench's sample (the 100 national forces of
 * {@link BenchCommand#sample}, 2025-06-30, default limits), once the JIT has compiled it: 20 rounds over the sample
 * first, then each force's fastest of 20 more. {@link HttpAnswerCosts} measures it first in a fresh JVM, where part
 * of its 7 rounds run before compilation, which a server under load has long done. To compare with main before
 * issue 12's uncertain page, the same class with main's call ({@code new WithdrawalImpact(asOf,
 * whole.components()).of(f, -1, 25, 20)}). A benchmark: {@code mvn -Pbench test -Dtest=WithdrawalWarmCosts}.
 */
@Tag("bench")
class WithdrawalWarmCosts {

	@Test
	void withdrawalOnceCompiled() {
		JsonMapper json = JsonMapper.builder().build();
		RegisterSnapshot s = NationalRegister.snapshot();
		AsOf asOf = new AsOf(s, LocalDate.parse("2025-06-30"), false);
		List<String> forces = BenchCommand.sample(s, asOf.date(), 100, 7);
		Connectivity conn = Connectivity.of(asOf);
		long[] work = new long[100], write = new long[100], bytes = new long[100];
		Arrays.fill(work, Long.MAX_VALUE);
		Arrays.fill(write, Long.MAX_VALUE);
		for (int round = 0; round < 40; round++) {
			for (int i = 0; i < 100; i++) {
				int f = s.force(forces.get(i));
				long a = System.nanoTime();
				Object answer = new WithdrawalImpact(asOf, conn).of(f, -1, WithdrawalImpact.DEFAULT_RISK_LIMIT,
						WithdrawalImpact.DEFAULT_MEMBER_LIMIT, WithdrawalImpact.DEFAULT_UNCERTAIN_LIMIT, WithdrawalImpact.DEFAULT_PAIR_LIMIT);
				long b = System.nanoTime();
				byte[] w = json.writeValueAsBytes(answer);
				long c = System.nanoTime();
				if (round >= 20) {
					work[i] = Math.min(work[i], b - a);
					write[i] = Math.min(write[i], c - b);
					bytes[i] = w.length;
				}
			}
		}
		System.out.printf("withdrawal once compiled (20 rounds, then the fastest of 20 more): work mean %.0f µs, p50 %.0f, p90 %.0f, max %.0f | JSON mean %.0f µs, p50 %.0f | bytes mean %d | load %.1f%n",
				mean(work), pct(work, 50), pct(work, 90), pct(work, 100), mean(write), pct(write, 50), (long) Arrays.stream(bytes).average().getAsDouble(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static double mean(long[] v) { return Arrays.stream(v).average().getAsDouble() / 1e3; }

	private static double pct(long[] v, int p) { long[] s = v.clone(); Arrays.sort(s); return s[Math.min(s.length - 1, s.length * p / 100)] / 1e3; }
}
