package org.concordat.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.concordat.ApiTest;
import org.concordat.ConcurrentHttp;
import org.concordat.ConcurrentHttp.Answer;
import org.concordat.Fixtures;
import org.concordat.people.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.core.publisher.Flux;

/**
 * What serialising writes costs, measured over HTTP on the embedded database: one writer editing its person
 * again and again, then eight writers doing the same at once on people of one force (the deadlock storm of
 * issue 10), each in several rounds. Prints writes answered 2xx per second, latency percentiles and how many
 * answers were 5xx. A benchmark, run only with {@code mvn -Pbench test -Dtest=WriteContention}; docs/integrity.md
 * has the figures. It uses nothing but HTTP, so the same class runs against an older version of the app too.
 */
@Tag("bench")
class WriteContention extends ApiTest {

	private static final int WRITERS = 8;

	private static final int WRITES = Integer.getInteger("contention.writes", 40);

	private static final int ROUNDS = Integer.getInteger("contention.rounds", 3);

	@LocalServerPort
	private int port;

	@Test
	void oneWriterThenEightOnOneForce() {
		RegisterDocument tiny = Fixtures.tinyRegister();
		List<Person> people = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			people.add(person(w, "start"));
		}
		load(new RegisterDocument(tiny.functions(), tiny.forces(), tiny.collaborations(), people, List.of()));
		ConcurrentHttp http = new ConcurrentHttp(port);
		run(http, 1, 1); // warm-up: compiles the queries
		for (int round = 1; round <= ROUNDS; round++) {
			report("one writer", round, run(http, 1, WRITES * WRITERS));
			report("eight writers", round, run(http, WRITERS, WRITES));
		}
	}

	private record Run(int writers, List<Long> micros, int failed5xx, int ok, double seconds) {
	}

	private static Run run(ConcurrentHttp http, int writers, int writes) {
		List<Long> micros = Collections.synchronizedList(new ArrayList<>());
		List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		Flux.range(0, writers).flatMap(w -> {
			AtomicReference<String> etag = new AtomicReference<>();
			return http.get("/api/people/p" + w).doOnNext(a -> etag.set(a.etag()))
				.thenMany(Flux.range(0, writes).concatMap(i -> {
					long sent = System.nanoTime();
					return http.put("/api/people/p" + w, etag.get(), person(w, "title " + i)).doOnNext(a -> {
						micros.add((System.nanoTime() - sent) / 1_000);
						answers.add(a);
						if (a.ok() && a.etag() != null) {
							etag.set(a.etag());
						}
					});
				}));
		}, writers).then().block(java.time.Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;
		int ok = (int) answers.stream().filter(Answer::ok).count();
		int failed = (int) answers.stream().filter(a -> a.status() >= 500).count();
		return new Run(writers, micros, failed, ok, seconds);
	}

	private static void report(String what, int round, Run run) {
		long[] sorted = run.micros().stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("write contention, round %d, %s: %d writes, %d answered 2xx, %d answered 5xx, "
				+ "%.0f 2xx writes/s, latency p50 %.1f ms, p99 %.1f ms%n", round, what, sorted.length, run.ok(),
				run.failed5xx(), run.ok() / run.seconds(), percentile(sorted, 0.50) / 1e3,
				percentile(sorted, 0.99) / 1e3);
	}

	private static long percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static Person person(int writer, String title) {
		return new Person("p" + writer, null, title, "Inspector", "aford", null,
				List.of(new Person.Lead("mg", "2019", null)),
				List.of(new Person.ContactRole("mg", List.of("withdrawal"), null, null)));
	}
}
