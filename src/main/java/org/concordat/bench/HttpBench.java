package org.concordat.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A bounded HTTP load on loopback: for each endpoint a fixed number of requests, 64 in flight at once over 64
 * pooled connections (after a warm-up of the same shape), each timed from sending to the last byte of its
 * body; non-2xx answers and failures count as errors. The trivial endpoint, the snapshot status (no
 * database, a few numbers), is the framework's floor. The client runs in the server's JVM and shares its two
 * cores. It weighs on every endpoint, a little more on the larger answers: run in a JVM of its own against the
 * server, it took about 60–75 µs of CPU a trivial request and 95–160 µs a withdrawal answer (23 kB), less in
 * proportion than the server, whose withdrawal takes 2.1–2.5 times a trivial request's CPU (docs/scaling.md, "What limits
 * the misses"): so it brings the larger answers' ratios to the floor down, not up.
 */
final class HttpBench {

	static final int CONNECTIONS = 64;

	private final WebClient client;

	private final Report report;

	/** @param authorization the Authorization header every request sends (the bench's account: SignInBench) */
	HttpBench(int port, Report report, String authorization) {
		ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(CONNECTIONS)
			.pendingAcquireMaxCount(-1).build();
		this.client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
			.defaultHeader(org.springframework.http.HttpHeaders.AUTHORIZATION, authorization)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
			.codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
		this.report = report;
	}

	/** @param targeted whether its p99 is held to the 2× target (the others are printed for reference) */
	private record Endpoint(String name, IntFunction<String> uri, boolean targeted) {
	}

	/**
	 * @param rounds how many times every endpoint is measured, in turn: on a shared two-core machine the floor's
	 *        p99 swung from 9 to 33 ms between measurements, so each round's p99 is set against the same round's
	 *        floor and the figure is the median of those ratios (every round is printed)
	 */
	void run(List<String> forces, List<String> collabs, String at, int requests, int rounds) {
		report.section("HTTP on loopback: " + requests + " requests an endpoint, " + CONNECTIONS + " concurrent, "
				+ rounds + " rounds in turn");
		List<Endpoint> endpoints = endpoints(forces, collabs, at);
		warmUp(endpoints, Math.min(requests, 2_000));
		double[][] p99 = new double[endpoints.size()][rounds];
		for (int round = 0; round < rounds; round++) {
			for (int e = 0; e < endpoints.size(); e++) {
				p99[e][round] = measure(endpoints.get(e), requests);
			}
		}
		// each round's p99 against the same round's floor: the machine's speed changes from round to round
		for (int e = 0; e < endpoints.size(); e++) {
			Endpoint endpoint = endpoints.get(e);
			double[] ratios = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				ratios[round] = p99[e][round] / p99[0][round];
			}
			report.line("%-36s p99 by round %s ms", endpoint.name(), joined(p99[e], 1e-3));
			if (e == 0) {
				continue;
			}
			String name = endpoint.name() + " p99 / trivial p99, median of " + rounds + " rounds (" + joined(ratios, 1)
					+ ")";
			if (endpoint.targeted()) {
				report.ratio("  " + name, median(ratios), 2.0, false);
			}
			else {
				report.line("  %s: %.2f× (for reference)", name, median(ratios));
			}
		}
	}

	/**
	 * Every endpoint in turn, pass after pass, until the JIT compilers took at most 2% of a whole pass's time (at
	 * least two passes, at most eight): the first endpoint measured (the floor) must not pay for the others'
	 * warm-up, and no round may be measured while the compilers still take a core. Two fixed passes of 2,000
	 * requests were not enough on two cores: the compilers then ran for about 1 s of the first measured
	 * withdrawal round (2.6 s) and 0.4 s of the second, 0.8 s of the first similar-forces round (docs/scaling.md,
	 * "What limits the misses").
	 */
	private void warmUp(List<Endpoint> endpoints, int requests) {
		var jit = java.lang.management.ManagementFactory.getCompilationMXBean(); // null in a JVM without a JIT
		List<String> compiled = new java.util.ArrayList<>(); // each pass's milliseconds of compilation
		boolean settled = false;
		while (compiled.size() < 2 || !settled && compiled.size() < 8) {
			long before = jit == null ? 0 : jit.getTotalCompilationTime();
			long started = System.nanoTime();
			endpoints.forEach(e -> load(e.uri(), requests, new Latencies(), new AtomicInteger(), new AtomicLong()));
			long compiling = jit == null ? 0 : jit.getTotalCompilationTime() - before;
			settled = compiling * 1_000_000 <= (System.nanoTime() - started) / 50;
			compiled.add(String.format("%,d", compiling));
		}
		report.line("warm-up: %d passes of %,d requests an endpoint, the JIT compiling for %s ms in them", compiled.size(),
				requests, String.join(", ", compiled));
	}

	private static String joined(double[] values, double scale) {
		return java.util.Arrays.stream(values).mapToObj(v -> String.format("%.2f", v * scale))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private List<Endpoint> endpoints(List<String> forces, List<String> collabs, String at) {
		IntFunction<String> force = i -> "force=" + forces.get(i % forces.size()) + "&at=" + at;
		return List.of(new Endpoint("trivial (GET /api/analytics/status)", i -> "/api/analytics/status", false),
				new Endpoint("withdrawal", i -> "/api/analytics/withdrawal?" + force.apply(i), true),
				new Endpoint("similar-forces", i -> "/api/analytics/similar-forces?" + force.apply(i), true),
				new Endpoint("similar-forces, Adamic-Adar",
						i -> "/api/analytics/similar-forces?method=adamic-adar&" + force.apply(i), true),
				new Endpoint("similar-collaborations", i -> "/api/analytics/similar-collaborations?collaboration="
						+ collabs.get(i % collabs.size()) + "&at=" + at, true),
				new Endpoint("overlaps (one force)", i -> "/api/analytics/overlaps?" + force.apply(i), true),
				new Endpoint("contacts", i -> "/api/analytics/contacts?" + force.apply(i) + "&topic=withdrawal", true),
				// the defaults before this round listed more: how much the size of an answer weighs
				new Endpoint("withdrawal, memberLimit=50", i -> "/api/analytics/withdrawal?memberLimit=50&" + force.apply(i),
						false),
				new Endpoint("overlaps, limit=100", i -> "/api/analytics/overlaps?limit=100&" + force.apply(i), false));
	}

	/** One round of one endpoint, printed; its p99 in microseconds. */
	private double measure(Endpoint endpoint, int requests) {
		Latencies latencies = new Latencies();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong bytes = new AtomicLong();
		long started = System.nanoTime();
		load(endpoint.uri(), requests, latencies, errors, bytes);
		double seconds = (System.nanoTime() - started) / 1e9;
		report.line("%-36s %s  errors %d  %.0f req/s  %,d B a response", endpoint.name(), latencies.summary(),
				errors.get(), requests / seconds, bytes.get() / Math.max(1, requests - errors.get()));
		if (errors.get() > 0) {
			report.disagree(endpoint.name() + ": " + errors.get() + " errors over HTTP");
		}
		return latencies.percentileMicros(99);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** @param bytes adds up the bodies' sizes (each chunk counted and released as it comes, as a bodiless read would) */
	private void load(IntFunction<String> uri, int requests, Latencies latencies, AtomicInteger errors, AtomicLong bytes) {
		Flux.range(0, requests)
			.flatMap(i -> {
				long[] started = new long[1];
				return client.get().uri(uri.apply(i)).retrieve().bodyToFlux(DataBuffer.class)
					.doOnNext(b -> {
						bytes.addAndGet(b.readableByteCount());
						DataBufferUtils.release(b);
					})
					.then()
					.doOnSubscribe(s -> started[0] = System.nanoTime())
					.doOnSuccess(r -> latencies.add(System.nanoTime() - started[0]))
					.onErrorResume(e -> {
						errors.incrementAndGet();
						return reactor.core.publisher.Mono.empty();
					});
			}, CONNECTIONS)
			.blockLast(Duration.ofMinutes(30));
	}
}
