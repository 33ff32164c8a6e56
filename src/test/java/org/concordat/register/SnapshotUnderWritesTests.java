package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.ConcordatApplication;
import org.concordat.analytics.snapshot.SnapshotReader;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.snapshot.storage.SnapshotAdvanceTests;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.bulk.BulkLoader;
import org.concordat.bulk.BulkLoads;
import org.concordat.bulk.BulkProgress;
import org.concordat.bulk.BulkSettings;
import org.concordat.bulk.ExistingIds;
import org.concordat.bulk.Neo4jBatchSink;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole read of the register is consistent though writes commit while it runs (Neo4j reads committed data):
 * an instance started on a 2,000-agency register while another writes during its start-up (asking
 * {@value #ASKED_PER_SECOND} changes a second; the rate granted is printed, as it depends on the machine) starts,
 * and then holds what a fresh read holds; a bulk load followed by such writes completes and says so.
 */
class SnapshotUnderWritesTests extends ApiTest {

	/** Writes asked for a second; each is one transaction of another instance. */
	private static final int ASKED_PER_SECOND = 40;

	@Autowired
	private ReactiveNeo4jClient neo4j;

	@Autowired
	private TransactionalOperator transaction;

	@Autowired
	private Driver driver;

	@Autowired
	private Neo4jConnectionDetails embedded;

	@Autowired
	private SnapshotReader reader;

	@Autowired
	private BulkLoads bulkLoads;

	@Autowired
	private org.concordat.audit.AuditLog audit;

	@Autowired
	private EntityStates states;

	@TempDir
	Path dir;

	@Test
	void anInstanceStartedWhileAnotherWritesStartsAndHoldsWhatAFreshReadHolds() throws IOException, InterruptedException {
		Path file = generate();
		new BulkLoader(JsonMapper.builder().build()).load(file, BulkSettings.of(1_000, 1), new Neo4jBatchSink(driver, 0),
				ExistingIds.of(driver), new BulkProgress("test", file.toString()));
		Writes writes = new Writes(file);
		writes.start();
		Thread.sleep(5_000); // the writes at their full rate before the second instance starts
		String uri = embedded.getUri().toString();
		long started = System.nanoTime();
		// the second instance reaches this one's database over Bolt, with its address and password
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ConcordatApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("neo4jConnectionDetails", embedded))
			.run("--spring.neo4j.uri=" + uri, "--server.port=0", "--concordat.seed.enabled=false",
					"--concordat.changes.enabled=false")) {
			long up = System.nanoTime();
			writes.stop();
			// The writer asks for ASKED_PER_SECOND writes a second; what the shared database grants while a second
			// instance starts beside it on the same cores depends on the machine (a loaded one stalls the writer for
			// whole seconds), so the test holds the scenario, writes landing in both halves of the start-up, and
			// prints the rate it got rather than timing the machine.
			writes.report("during the second instance's start-up", started, up);
			assertThat(writes.landedInBothHalves(started, up)).as("writes in both halves of the start-up, %d in all, %s failed",
					writes.count(), writes.failures).isTrue();
			assertThat(writes.failures).isEmpty();
			Snapshots snapshots = second.getBean(Snapshots.class);
			snapshots.catchUp().block(Duration.ofMinutes(2)); // the writes after its start-up, as its next look would
			assertThat(SnapshotAdvanceTests.dump(snapshots.current()))
				.isEqualTo(SnapshotAdvanceTests.dump(SnapshotBuilder.build(1, reader.read())));
		}
		finally {
			writes.stop(); // also when the second instance failed to start: no write may outlive the test
		}
	}

	@Test
	void aBulkLoadFollowedByWritesCompletesAndIsReportedCompleted() throws IOException, InterruptedException {
		Path file = generate();
		// The scenario needs writes committed while the rebuild after the load runs. A loaded machine can finish
		// the rebuild before the writer's first commit; then the register is emptied and the load tried again.
		for (int attempt = 1;; attempt++) {
			BulkProgress load = bulkLoads.start(file, file.getFileName().toString(), BulkSettings.of(1_000, 1), () -> { },
					org.concordat.security.Actor.command("test bulk load"));
			while (load.running() && !load.status().phase().contains("rebuilding")) {
				Thread.sleep(5);
			}
			Writes writes = new Writes(file);
			writes.start();
			long started = System.nanoTime();
			long loaded;
			try {
				while (load.running()) {
					Thread.sleep(5);
				}
				loaded = System.nanoTime();
				Thread.sleep(1_000); // and on, after it
			}
			finally {
				writes.stop();
			}
			assertThat(load.status().state()).isEqualTo("done");
			assertThat(writes.failures).isEmpty();
			writes.report("from the bulk load's rebuild to a second after it", started, loaded + 1_000_000_000L);
			boolean duringTheRebuild = writes.landedBetween(started, loaded);
			if (!duringTheRebuild && attempt < 3) {
				emptyRegister();
				snapshots.rebuild().block(Duration.ofMinutes(2));
				continue;
			}
			assertThat(duringTheRebuild).as("writes committed while the rebuild ran, in one of %d loads", attempt).isTrue();
			assertThat(writes.landedBetween(loaded, loaded + 1_000_000_000L)).as("writes after the load").isTrue();
			snapshots.catchUp().block(Duration.ofMinutes(2));
			assertThat(SnapshotAdvanceTests.dump(snapshots.current()))
				.isEqualTo(SnapshotAdvanceTests.dump(SnapshotBuilder.build(1, reader.read())));
			return;
		}
	}

	private Path generate() throws IOException {
		Path file = dir.resolve("register.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			new NationalGenerator(GeneratorOptions.scaled(2_000, 11)).write(out);
		}
		return file;
	}

	/**
	 * Another instance's writes, {@value #ASKED_PER_SECOND} a second, four at a time: in turn, a force and a
	 * collaboration it shares with a force of the register (entities the reader may meet half-written), and the
	 * withdrawal of the first member of one of the register's collaborations of at most ten members.
	 */
	private final class Writes {

		private final RegisterWriter another = new RegisterWriter(neo4j, transaction,
				new DefaultListableBeanFactory().getBeanProvider(RegisterListener.class), new ChangeLog("another"), audit,
				states);

		private final List<String> forces;

		private final List<Collaboration> collaborations;

		private final List<Long> committed = new ArrayList<>();

		/** Completes when the writer has stopped asking and every write it asked for has ended. */
		private java.util.concurrent.CompletableFuture<Void> ended;

		private volatile boolean stopping;

		Writes(Path file) {
			RegisterDocument doc = JsonMapper.builder().build().readValue(file.toFile(), RegisterDocument.class);
			this.forces = doc.forces().stream().map(Force::id).toList();
			// small ones: each write is one change, and the rate asked for is of changes, not of memberships written
			this.collaborations = doc.collaborations().stream().filter(c -> c.members().size() <= 10).toList();
		}

		void start() {
			ended = Flux.interval(Duration.ofMillis(1_000 / ASKED_PER_SECOND)).onBackpressureDrop()
				.takeWhile(i -> !stopping)
				.flatMap(i -> write(i.intValue()).doOnSuccess(x -> note()).onErrorResume(e -> {
					failed(e);
					return Mono.empty();
				}), 4)
				.then()
				.toFuture();
		}

		/**
		 * Stops asking and waits for the writes under way: a write cancelled instead could still commit after the
		 * test's last look at the log, and the snapshot would then rightly lack what a fresh read holds.
		 */
		void stop() {
			stopping = true;
			try {
				ended.get(2, java.util.concurrent.TimeUnit.MINUTES);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				throw new IllegalStateException("the writes under way did not end", e);
			}
		}

		private Mono<Void> write(int i) {
			String id = "written-" + System.nanoTime() + "-" + i;
			Force force = new Force(id, "Written " + i, "Written", null);
			Collaboration collab = new Collaboration(id, "Written " + i, "mutual aid agreement", "bilateral", null,
					"active", "2020", null, null, null, null, List.of(), List.of(), List.of(), List.of(),
					List.of(new Membership(id, null, null, "member", null, null),
							new Membership(forces.get(i % forces.size()), null, i % 3 == 0 ? "2024" : null, "member",
									null, null)),
					List.of(), Map.of());
			if (i % 2 == 1) { // the withdrawal of the first member of one of the register's collaborations
				Collaboration existing = collaborations.get(i % collaborations.size());
				List<Membership> members = new ArrayList<>(existing.members());
				members.set(0, members.get(0).withLeft("2024-0" + (1 + i % 9)));
				return another.write(RegisterDocument.ofCollaborations(List.of(existing.withMembers(members))), false);
			}
			return another.write(new RegisterDocument(List.of(), List.of(force), List.of(collab), List.of(), List.of()),
					false);
		}

		private synchronized void note() {
			committed.add(System.nanoTime());
		}

		private final List<String> failures = new ArrayList<>();

		private synchronized void failed(Throwable e) {
			failures.add(String.valueOf(e));
		}

		synchronized int count() {
			return committed.size();
		}

		/** Prints how many writes a second landed between {@code from} and {@code to} (nanoTime). */
		synchronized void report(String when, long from, long to) {
			long landed = committed.stream().filter(t -> t >= from && t < to).count();
			double seconds = (to - from) / 1e9;
			System.out.printf("SnapshotUnderWritesTests: %d writes in %.1f s %s (%.1f a second, asked %d; fewest in any "
					+ "whole second %d)%n", landed, seconds, when, landed / seconds, ASKED_PER_SECOND,
					fewestInAnySecond(from, to));
		}

		/** Whether a write committed between {@code from} and {@code to} (nanoTime). */
		synchronized boolean landedBetween(long from, long to) {
			return committed.stream().anyMatch(t -> t >= from && t < to);
		}

		/** Whether writes committed both in the first and in the second half of {@code from} to {@code to}. */
		synchronized boolean landedInBothHalves(long from, long to) {
			long middle = from + (to - from) / 2;
			return committed.stream().anyMatch(t -> t >= from && t < middle)
					&& committed.stream().anyMatch(t -> t >= middle && t < to);
		}

		/** The fewest writes committed in any whole second from {@code from} to {@code to}. */
		synchronized int fewestInAnySecond(long from, long to) {
			int fewest = Integer.MAX_VALUE;
			for (long second = from; second + 1_000_000_000L <= to; second += 1_000_000_000L) {
				long start = second;
				fewest = Math.min(fewest, (int) committed.stream().filter(t -> t >= start && t < start + 1_000_000_000L)
					.count());
			}
			return fewest == Integer.MAX_VALUE ? count() : fewest;
		}
	}
}
