package org.concordat.bench;

import java.time.Duration;
import java.util.List;
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

	/** @param targeted whether its p99 is held to the 2× target (the others are printed for reference) */
	private record Endpoint(String name, IntFunction<String> uri, boolean targeted) {
	}

	void run(List<String> forces, String at, int requests) {
		report.section("HTTP on loopback: " + requests + " requests an endpoint, " + CONNECTIONS + " concurrent");
		IntFunction<String> force = i -> "force=" + forces.get(i % forces.size()) + "&at=" + at;
		List<Endpoint> endpoints = List.of(
				new Endpoint("trivial (GET /api/analytics/status)", i -> "/api/analytics/status", false),
				new Endpoint("withdrawal", i -> "/api/analytics/withdrawal?" + force.apply(i), true),
				new Endpoint("similar-forces", i -> "/api/analytics/similar-forces?" + force.apply(i), true),
				new Endpoint("overlaps (one force)", i -> "/api/analytics/overlaps?" + force.apply(i), true),
				new Endpoint("contacts", i -> "/api/analytics/contacts?" + force.apply(i) + "&topic=withdrawal", true),
				// the defaults before this round listed more: how much the size of an answer weighs
				new Endpoint("withdrawal, memberLimit=50", i -> "/api/analytics/withdrawal?memberLimit=50&" + force.apply(i),
						false),
				new Endpoint("overlaps, limit=100", i -> "/api/analytics/overlaps?limit=100&" + force.apply(i), false));
		// every endpoint warmed up first, so the first one measured (the floor) is not the one that pays for it
		for (int pass = 0; pass < 2; pass++) {
			endpoints.forEach(e -> load(e.uri(), Math.min(requests, 2_000), new Latencies(), new AtomicInteger()));
		}
		double trivialP99 = 0;
		for (Endpoint endpoint : endpoints) {
			Latencies latencies = new Latencies();
			AtomicInteger errors = new AtomicInteger();
			long started = System.nanoTime();
			load(endpoint.uri(), requests, latencies, errors);
			double seconds = (System.nanoTime() - started) / 1e9;
			report.line("%-36s %s  errors %d  %.0f req/s", endpoint.name(), latencies.summary(), errors.get(),
					requests / seconds);
			double ratio = latencies.percentileMicros(99) / (trivialP99 == 0 ? 1 : trivialP99);
			if (trivialP99 == 0) {
				trivialP99 = latencies.percentileMicros(99);
			}
			else if (endpoint.targeted()) {
				report.ratio("  " + endpoint.name() + " p99 / trivial p99", ratio, 2.0, false);
			}
			else {
				report.line("  %s p99 / trivial p99: %.2f× (for reference)", endpoint.name(), ratio);
			}
			if (errors.get() > 0) {
				report.disagree(endpoint.name() + ": " + errors.get() + " errors over HTTP");
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
