package org.concordat.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.NationalRegister;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.similarity.CollaborationSimilarity;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * What each answer of the HTTP bench costs on its own, without a database or HTTP: for the bench's own sample
 * (the 100 forces {@link BenchCommand#sample} draws from the national register, seed 7, at 2025-06-30, and
 * their first network collaborations), each endpoint's answer with its default parameters, the time to work it
 * out, the time to write it as JSON, and its size. The HTTP section's p99 is mostly requests queueing for the
 * two cores, and a request holds its event-loop thread while it is worked out and written, so the heaviest
 * answers weigh most: the figures are per request, with the heaviest few named. JSON is written by Jackson as
 * configured by default and, for comparison, with its Blackbird module (not used by the application: it
 * measured no gain on most answers), in turn, and the two must write the same bytes. A benchmark, run only with
 * {@code mvn -Pbench test -Dtest=HttpAnswerCosts}.
 */
@Tag("bench")
class HttpAnswerCosts {

	private static final int ROUNDS = 7;

	@Test
	void answersOfTheHttpBench() {
		JsonMapper json = JsonMapper.builder().build();
		JsonMapper blackbird = JsonMapper.builder().addModule(new BlackbirdModule()).build();
		RegisterSnapshot s = NationalRegister.snapshot();
		LocalDate at = LocalDate.parse("2025-06-30");
		AsOf asOf = new AsOf(s, at, false);
		List<String> forces = BenchCommand.sample(s, at, 100, 7);
		List<String> collabs = forces.stream().map(f -> asOf.networkCollabsOf(s.force(f)))
			.filter(c -> c.length > 0).map(c -> s.collabId(c[0])).distinct().toList();
		Connectivity whole = Connectivity.of(asOf);
		System.out.printf("load average %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
			.getSystemLoadAverage());
		measure(blackbird, "withdrawal", json, forces.size(), i -> forces.get(i), i -> new WithdrawalImpact(asOf, whole)
			.of(s.force(forces.get(i)), -1, WithdrawalImpact.DEFAULT_RISK_LIMIT, WithdrawalImpact.DEFAULT_MEMBER_LIMIT,
				WithdrawalImpact.DEFAULT_UNCERTAIN_LIMIT, WithdrawalImpact.DEFAULT_PAIR_LIMIT));
		measure(blackbird, "similar-forces", json, forces.size(), i -> forces.get(i), i -> new ForceSimilarity(asOf)
			.byCollaborations(s.force(forces.get(i)), 10, ForceSimilarity.Method.JACCARD));
		measure(blackbird, "similar-forces, Adamic-Adar", json, forces.size(), i -> forces.get(i), i -> new ForceSimilarity(asOf)
			.byCollaborations(s.force(forces.get(i)), 10, ForceSimilarity.Method.ADAMIC_ADAR));
		measure(blackbird, "similar-collaborations", json, collabs.size(), i -> collabs.get(i),
				i -> new CollaborationSimilarity(asOf).of(s.collab(collabs.get(i)), 10));
		measure(blackbird, "overlaps (one force)", json, forces.size(), i -> forces.get(i),
				i -> new Overlaps(asOf).find(s.force(forces.get(i)), -1, null, Overlaps.DEFAULT_LIMIT, 0));
		measure(blackbird, "contacts", json, forces.size(), i -> forces.get(i),
				i -> new ContactFinder(asOf).find(s.force(forces.get(i)), "withdrawal", 10));
	}

	/** Each item's fastest of {@link #ROUNDS} (the machine is shared), worked out and written separately. */
	private static void measure(JsonMapper blackbird, String name, JsonMapper json, int n, IntFunction<String> label,
			IntFunction<Object> answer) {
		long[] compute = new long[n];
		long[] write = new long[n];
		long[] writeBlackbird = new long[n];
		Arrays.fill(writeBlackbird, Long.MAX_VALUE);
		long[] bytes = new long[n];
		Arrays.fill(compute, Long.MAX_VALUE);
		Arrays.fill(write, Long.MAX_VALUE);
		for (int round = 0; round < ROUNDS; round++) {
			for (int i = 0; i < n; i++) {
				long a = System.nanoTime();
				Object value = answer.apply(i);
				long b = System.nanoTime();
				boolean plainFirst = round % 2 == 0; // alternately, so neither always meets the answer in the cache
				byte[] written = (plainFirst ? json : blackbird).writeValueAsBytes(value);
				long c = System.nanoTime();
				byte[] writtenBlackbird = (plainFirst ? blackbird : json).writeValueAsBytes(value);
				long d = System.nanoTime();
				compute[i] = Math.min(compute[i], b - a);
				write[i] = Math.min(write[i], plainFirst ? c - b : d - c);
				writeBlackbird[i] = Math.min(writeBlackbird[i], plainFirst ? d - c : c - b);
				bytes[i] = written.length;
				if (!Arrays.equals(written, writtenBlackbird)) {
					throw new AssertionError(name + ": Blackbird wrote other JSON for " + label.apply(i));
				}
			}
		}
		long[] total = new long[n];
		List<Integer> heaviest = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			total[i] = compute[i] + write[i];
			heaviest.add(i);
		}
		heaviest.sort((x, y) -> Long.compare(total[y], total[x]));
		System.out.printf("%-28s n=%d  work p50 %6.0f µs, p90 %6.0f, max %6.0f, mean %6.0f | JSON p50 %5.0f µs, p90 %5.0f,"
				+ " max %5.0f, mean %5.0f | bytes p50 %,7d, p90 %,7d, max %,9d, mean %,7d%n", name, n, pct(compute, 50),
				pct(compute, 90), pct(compute, 100), mean(compute), pct(write, 50), pct(write, 90), pct(write, 100),
				mean(write), (long) pct(bytes, 50, 1), (long) pct(bytes, 90, 1), (long) pct(bytes, 100, 1),
				(long) mean(bytes, 1));
		System.out.printf("%-28s JSON with Blackbird: p50 %5.0f µs, p90 %5.0f, max %5.0f, mean %5.0f (the same bytes)%n", "",
				pct(writeBlackbird, 50), pct(writeBlackbird, 90), pct(writeBlackbird, 100), mean(writeBlackbird));
		for (int k = 0; k < 3; k++) {
			int i = heaviest.get(k);
			System.out.printf("    heaviest: %s work %.0f µs, JSON %.0f µs, %,d bytes%n", label.apply(i), compute[i] / 1e3,
					write[i] / 1e3, bytes[i]);
		}
	}

	private static double pct(long[] values, int p) {
		return pct(values, p, 1e3);
	}

	private static double pct(long[] values, int p, double unit) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / unit;
	}

	private static double mean(long[] values) {
		return mean(values, 1e3);
	}

	private static double mean(long[] values, double unit) {
		return Arrays.stream(values).average().orElse(0) / unit;
	}
}
