package org.concordat.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.SnapshotReader;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.bulk.LoadCommand;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.register.RegisterWriter;
import org.concordat.command.Options;
import org.concordat.ConcordatApplication;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench [--doc national.json] [--only load,snapshot,questions,allpairs,http,signin,write,contacts] [--at 2025-06-30]
 * [--samples 100] [--contact-samples 30] [--contact-topics withdrawal,purpose,firearms] [--slow-timeout 60]
 * [--requests 4000] [--http-rounds 5] [--cypher-sample 500] [--key=value ...]}: the scale
 * benchmarks of docs/scaling.md, in one run on one database, printed as a report. Starts the whole app (web
 * server on a free port, no demo seed). The load section empties the database and loads {@code --doc} into
 * it. Exits 1 when any answer disagrees between the snapshot and Cypher, or over HTTP.
 */
public final class BenchCommand {

	private static final List<String> SECTIONS = List.of("load", "snapshot", "questions", "allpairs", "http",
			"signin", "write", "contacts");

	private BenchCommand() {
	}

	/**
	 * The JVM's options and how its heap was sized. A heap that starts below its maximum is sized by G1 as it goes:
	 * at national scale it stayed at 0.6–3 GB and collected about a hundred times a minute, and the pauses (up to
	 * 135 ms, marking cycles every few seconds) landed on whatever was being timed, the writes' p99 most
	 * (docs/scaling.md, "A fixed heap").
	 */
	private static void heap(Report report) {
		var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		report.line("JVM options: %s", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
			.getInputArguments()));
		if (heap.getInit() < heap.getMax()) {
			report.line("the heap starts at %,d MB of %,d: give -Xms as -Xmx (README, \"The national register\"),"
					+ " or collections sized on the way land on the timings", heap.getInit() >> 20, heap.getMax() >> 20);
		}
	}

	public static int run(Options options) {
		Set<String> only = Set.copyOf(List.of(options.text("only", String.join(",", SECTIONS)).split(",")));
		if (only.contains("load") && !options.has("doc")) {
			throw new IllegalArgumentException("the load section needs --doc FILE (or leave it out with --only)");
		}
		LocalDate at = LocalDate.parse(options.text("at", "2025-06-30"));
		Report report = new Report(System.out);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordatApplication.class)
			.run(LoadCommand.withDefaults(options.springArguments(), "--concordat.seed.enabled=false",
					"--server.port=0", "--concordat.changes.enabled=false",
					// the sign-in section measures the trivial endpoint read anonymously too (loopback only)
					"--concordat.security.public-read=true"))) {
			Driver driver = app.getBean(Driver.class);
			Snapshots snapshots = app.getBean(Snapshots.class);
			CypherQuestions cypher = new CypherQuestions(driver);
			report.line("machine: %d cores, max heap %,d MB, Java %s", Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
			heap(report);
			report.load();
			if (only.contains("load")) {
				new LoadBench(driver, app.getBean(JsonMapper.class), report).run(Path.of(options.text("doc", "")),
						options.integer("batch-size", 10_000));
				snapshots.rebuild().block(); // a command-line run, no request waits on it
			}
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			if (!Set.of("load").containsAll(only)) { // every section after the load measures something
				awaitAlliances(port, report);
			}
			if (only.contains("snapshot")) {
				new SnapshotBench(app.getBean(SnapshotReader.class), report).run(options.integer("rounds", 5));
			}
			RegisterSnapshot snapshot = snapshots.current();
			List<String> sample = sample(snapshot, at, options.integer("samples", 100), options.number("seed", 7));
			if (only.contains("questions")) {
				new QuestionBench(snapshot, cypher, report, at).run(sample);
			}
			if (only.contains("allpairs")) {
				new AllPairsBench(snapshot, cypher, report, at).run(options.integer("cypher-sample", 500));
			}
			// the HTTP sections sign in as the bench's own account (SignInBench), with HTTP Basic
			SignInBench signIn = only.contains("http") || only.contains("signin")
					? new SignInBench(port, report).signIn(app.getBean(org.concordat.account.Accounts.class)) : null;
			if (only.contains("http")) {
				AsOf asOf = new AsOf(snapshot, at, false);
				List<String> collabs = sample.stream().map(f -> asOf.networkCollabsOf(snapshot.force(f)))
					.filter(c -> c.length > 0).map(c -> snapshot.collabId(c[0])).distinct().toList();
				new HttpBench(port, report, signIn.basic()).run(sample, collabs, at.toString(), options.integer("requests", 4_000),
						options.integer("http-rounds", 5));
			}
			if (only.contains("signin")) {
				signIn.run(app.getBean(org.springframework.security.crypto.password.PasswordEncoder.class),
						options.integer("requests", 4_000), options.integer("http-rounds", 5));
			}
			if (only.contains("write")) {
				AsOf asOf = new AsOf(snapshot, at, false);
				new WriteBench(app.getBean(RegisterWriter.class), app.getBean(CollaborationRepository.class), snapshots,
						report).run(sample.stream().flatMap(f -> Arrays.stream(asOf.networkCollabsOf(snapshot.force(f))).limit(2).boxed())
							.map(snapshot::collabId).distinct().limit(150).toList());
			}
			boolean stopped = false;
			if (only.contains("contacts")) {
				stopped = new ContactsBench(snapshot, cypher, report, at,
						java.time.Duration.ofSeconds(options.integer("slow-timeout", 60))).run(
								sample.subList(0, Math.min(options.integer("contact-samples", 30), sample.size())),
								List.of(options.text("contact-topics", "withdrawal,purpose,firearms").split(",")));
			}
			int code = report.finish();
			if (stopped) {
				// A Cypher-only query given up on may still run inside the embedded database, and closing the app
				// would wait for it: stop here (the database recovers from its log at the next start).
				System.out.flush();
				Runtime.getRuntime().halt(code);
			}
			return code;
		}
		catch (Exception e) {
			throw new IllegalStateException("bench failed: " + e.getMessage(), e);
		}
	}

	/**
	 * Each snapshot version starts working out today's alliances in the background (betweenness over the whole
	 * network); measuring while it runs would give it one of the two cores. A server settles once it is done,
	 * so the bench waits for it, through the endpoint that serves it, and says how long that took.
	 */
	private static void awaitAlliances(int port, Report report) {
		long started = System.nanoTime();
		org.springframework.web.reactive.function.client.WebClient.create("http://127.0.0.1:" + port)
			.get().uri("/api/analytics/alliances").retrieve().toBodilessEntity()
			.block(java.time.Duration.ofMinutes(30)); // a command-line run, no request waits on it
		report.line("today's alliances (computed in the background at start-up) ready after a further %.1f s",
				(System.nanoTime() - started) / 1e9);
	}

	/** Forces with at least one network collaboration at D, drawn at random with a fixed seed. */
	public static List<String> sample(RegisterSnapshot snapshot, LocalDate at, int size, long seed) {
		AsOf asOf = new AsOf(snapshot, at, false);
		List<String> candidates = new ArrayList<>();
		for (int f = 0; f < snapshot.forceCount(); f++) {
			if (asOf.networkCollabsOf(f).length > 0) {
				candidates.add(snapshot.forceId(f));
			}
		}
		Collections.shuffle(candidates, new Random(seed));
		return List.copyOf(candidates.subList(0, Math.min(size, candidates.size())));
	}
}
