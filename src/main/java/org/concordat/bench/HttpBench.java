package org.concordat.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

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
 * cores, which weighs on every endpoint alike.
 */
final class HttpBench {

	static final int CONNECTIONS = 64;

	private final WebClient client;

	private final Report report;

	HttpBench(int port, Report report) {
		ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(CONNECTIONS)
			.pendingAcquireMaxCount(-1).build();
		this.client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
			.codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
		this.report = report;
	}

	void run(List<String> forces, String at, int requests) {
		report.section("HTTP on loopback: " + requests + " requests an endpoint, " + CONNECTIONS + " concurrent");
		Map<String, IntFunction<String>> endpoints = new LinkedHashMap<>();
		endpoints.put("trivial (GET /api/analytics/status)", i -> "/api/analytics/status");
		endpoints.put("withdrawal", i -> "/api/analytics/withdrawal?force=" + forces.get(i % forces.size()) + "&at=" + at);
		endpoints.put("similar-forces",
				i -> "/api/analytics/similar-forces?force=" + forces.get(i % forces.size()) + "&at=" + at);
		endpoints.put("overlaps (one force)",
				i -> "/api/analytics/overlaps?force=" + forces.get(i % forces.size()) + "&at=" + at);
		endpoints.put("contacts", i -> "/api/analytics/contacts?force=" + forces.get(i % forces.size())
				+ "&topic=withdrawal&at=" + at);
		// every endpoint warmed up first, so the first one measured (the floor) is not the one that pays for it
		for (int pass = 0; pass < 2; pass++) {
			endpoints.values().forEach(uri -> load(uri, Math.min(requests, 2_000), new Latencies(), new AtomicInteger()));
		}
		double trivialP99 = 0;
		for (var endpoint : endpoints.entrySet()) {
			Latencies latencies = new Latencies();
			AtomicInteger errors = new AtomicInteger();
			long started = System.nanoTime();
			load(endpoint.getValue(), requests, latencies, errors);
			double seconds = (System.nanoTime() - started) / 1e9;
			report.line("%-36s %s  errors %d  %.0f req/s", endpoint.getKey(), latencies.summary(), errors.get(),
					requests / seconds);
			if (trivialP99 == 0) {
				trivialP99 = latencies.percentileMicros(99);
			}
			else {
				report.ratio("  " + endpoint.getKey() + " p99 / trivial p99", latencies.percentileMicros(99) / trivialP99,
						2.0, false);
				if (errors.get() > 0) {
					report.disagree(endpoint.getKey() + ": " + errors.get() + " errors over HTTP");
				}
			}
		}
	}

	private void load(IntFunction<String> uri, int requests, Latencies latencies, AtomicInteger errors) {
		Flux.range(0, requests)
			.flatMap(i -> {
				long[] started = new long[1];
				return client.get().uri(uri.apply(i)).retrieve().toBodilessEntity()
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
