package org.concordat.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.concordat.account.Accounts;
import org.concordat.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * How the benchmarks sign in, and what signing in costs. The bench makes its own local account, {@code bench}
 * (a viewer, so the analytics answers carry no personal-data look-up), with a fresh random password, and asks
 * for an API token for it over HTTP as any client would. The HTTP section then sends HTTP Basic with every
 * request; this section sets the trivial endpoint's latency with Basic and with the token against the same
 * endpoint read anonymously (the bench starts the app with public read for that), in rounds taken in turn, and
 * times one password check by itself: what every Basic request would pay without the credential cache.
 */
final class SignInBench {

	static final String USERNAME = "bench";

	private final int port;

	private final Report report;

	private final String password = Accounts.generatePassword();

	private String token;

	SignInBench(int port, Report report) {
		this.port = port;
		this.report = report;
	}

	/** Makes (or resets) the bench's account and fetches a token for it; a command-line run, so it may block. */
	SignInBench signIn(Accounts accounts) {
		accounts.ensure(USERNAME, password, List.of(Role.VIEWER))
			.contextWrite(org.concordat.security.Actor.acting(org.concordat.security.Actor.command("bench command")))
			.block(Duration.ofMinutes(1));
		Map<?, ?> issued = WebClient.create("http://127.0.0.1:" + port).post().uri("/api/account/tokens")
			.header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "bench " + java.time.Instant.now(), "days", 1))
			.retrieve().bodyToMono(Map.class).block(Duration.ofMinutes(1));
		this.token = (String) issued.get("token");
		return this;
	}

	/** The Authorization header the HTTP section sends. */
	String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	void run(PasswordEncoder encoder, int requests, int rounds) {
		report.section("Signing in: the trivial endpoint (GET /api/analytics/status) by credential, " + requests
				+ " requests, " + HttpBench.CONNECTIONS + " concurrent, " + rounds + " rounds in turn");
		String[] names = { "anonymous (public read)", "HTTP Basic, verified once then cached", "API token, cached" };
		String[] headers = { null, basic(), "Bearer " + token };
		WebClient client = client();
		for (String header : headers) { // warm-up: every credential verified and cached, the JIT settled
			load(client, header, Math.min(requests, 2_000), new Latencies(), new AtomicInteger());
		}
		double[][] p50 = new double[headers.length][rounds];
		double[][] p99 = new double[headers.length][rounds];
		for (int round = 0; round < rounds; round++) {
			for (int h = 0; h < headers.length; h++) {
				Latencies latencies = new Latencies();
				AtomicInteger errors = new AtomicInteger();
				load(client, headers[h], requests, latencies, errors);
				p50[h][round] = latencies.percentileMicros(50);
				p99[h][round] = latencies.percentileMicros(99);
				report.line("%-40s %s  errors %d", names[h], latencies.summary(), errors.get());
				if (errors.get() > 0) {
					report.disagree(names[h] + ": " + errors.get() + " errors over HTTP");
				}
			}
		}
		for (int h = 1; h < headers.length; h++) {
			double[] ratios50 = new double[rounds];
			double[] ratios99 = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				ratios50[round] = p50[h][round] / p50[0][round];
				ratios99[round] = p99[h][round] / p99[0][round];
			}
			report.line("  %s over anonymous: p50 %.2f×, p99 %.2f× (medians of the rounds' ratios)", names[h],
					median(ratios50), median(ratios99));
		}
		String hash = encoder.encode(password);
		double[] checks = new double[20];
		for (int i = 0; i < checks.length; i++) {
			long started = System.nanoTime();
			encoder.matches(password, hash);
			checks[i] = (System.nanoTime() - started) / 1e3;
		}
		report.line("one password check (%s), what a Basic request would add without the cache: median %s",
				hash.substring(0, hash.indexOf('}') + 1), Latencies.format(median(checks)));
	}

	private WebClient client() {
		ConnectionProvider pool = ConnectionProvider.builder("sign-in-bench").maxConnections(HttpBench.CONNECTIONS)
			.pendingAcquireMaxCount(-1).build();
		return WebClient.builder().baseUrl("http://127.0.0.1:" + port)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool))).build();
	}

	private static void load(WebClient client, String authorization, int requests, Latencies latencies,
			AtomicInteger errors) {
		Flux.range(0, requests)
			.flatMap(i -> {
				long[] started = new long[1];
				var request = client.get().uri("/api/analytics/status");
				if (authorization != null) {
					request = request.header(HttpHeaders.AUTHORIZATION, authorization);
				}
				return request.retrieve().toBodilessEntity()
					.doOnSubscribe(s -> started[0] = System.nanoTime())
					.doOnSuccess(r -> latencies.add(System.nanoTime() - started[0]))
					.onErrorResume(e -> {
						errors.incrementAndGet();
						return Mono.empty();
					});
			}, HttpBench.CONNECTIONS)
			.blockLast(Duration.ofMinutes(30));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
