package org.concordat.analytics.network;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.RecentlyUsed;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The whole-network results, worked out off the request threads once per snapshot version, date and scope,
 * and kept (the last {@value #KEEP} of each kind): the {@link Connectivity} of the network (components, cut
 * vertices, bridges: under a second at national scale) and its {@link Alliances} (communities and betweenness:
 * seconds). Each kind has a thread of its own, with a deep stack for JGraphT's recursive searches.
 *
 * <p>{@link #latest} answers from the newest results for the date at hand, which say which version they
 * reflect. When they are of an earlier version, the current version's are worked out once the register has been
 * quiet for as long as the kind's last computation took (at most {@code concordat.analytics.whole-network.quiet},
 * 2 s: no newer version in that time), or, under a steady stream of writes that never leaves such a spell, once
 * the newest have been out of date for {@code concordat.analytics.whole-network.max-age} (5 min); {@link Pacing}
 * decides. Each new version schedules today's that way. Starting on every version kept both cores busy through a
 * stream of writes at national scale (alliances take tens of seconds) and delayed the writes' own visibility
 * (docs/scaling.md); on a small register the work takes milliseconds, so it is held back by as little.
 * {@link #connectivity} is not paced: the withdrawal answer needs its own version's components.
 */
@Component
public class WholeNetwork {

	private static final Logger log = LoggerFactory.getLogger(WholeNetwork.class);

	static final int KEEP = 8;

	private static final long UP_TO_DATE = Long.MIN_VALUE;

	/** BiconnectivityInspector recurses once per vertex along a depth-first path: tens of thousands deep. */
	private static final long STACK_BYTES = 512L << 20;

	private final Snapshots snapshots;

	private final Pacing pacing;

	private final Kind<Connectivity> connectivity;

	private final Kind<Alliances.Answer> alliances;

	WholeNetwork(Snapshots snapshots, @Value("${concordat.analytics.whole-network.quiet:2s}") Duration quiet,
			@Value("${concordat.analytics.whole-network.max-age:5m}") Duration maxAge) {
		this.snapshots = snapshots;
		this.pacing = new Pacing(quiet, maxAge);
		this.connectivity = new Kind<>("connectivity", Connectivity::of);
		this.alliances = new Kind<>("alliances", Alliances::of);
		precompute(new Snapshots.SnapshotAdvanced(snapshots.current()));
	}

	/** The connectivity of {@code asOf}'s own snapshot at its date: worked out now if it is not yet. */
	public Mono<Connectivity> connectivity(AsOf asOf) {
		return connectivity.of(asOf);
	}

	/** The newest connectivity for {@code asOf}'s date and scope (see the class comment). */
	public Mono<Connectivity> latestConnectivity(AsOf asOf) {
		return connectivity.latest(asOf);
	}

	/** The newest alliances for {@code asOf}'s date and scope (see the class comment). */
	public Mono<Alliances.Answer> latestAlliances(AsOf asOf) {
		return alliances.latest(asOf);
	}

	@EventListener
	void precompute(Snapshots.SnapshotAdvanced advanced) {
		var state = snapshots.state();
		AsOf today = new AsOf(advanced.snapshot(), LocalDate.now(), false, SnapshotStamp.of(state));
		connectivity.paced(today);
		alliances.paced(today);
	}

	/** One kind of result: its thread, the results by version, date and scope, and the newest by date and scope. */
	private final class Kind<T> {

		private final String name;

		private final BiFunction<AsOf, DatedNetwork, T> compute;

		private final Scheduler thread;

		private final Map<String, Mono<T>> byVersion = RecentlyUsed.map(KEEP);

		private final Map<String, Newest<T>> newest = RecentlyUsed.map(KEEP);

		/**
		 * How long the last computation of this kind took, and since when the newest results have been out of date
		 * with none started since ({@code UP_TO_DATE} when one has).
		 */
		private volatile long lastTookNanos;

		private long outOfDateSince = UP_TO_DATE;

		/** Versions and scopes whose paced start is scheduled, so that many requests schedule it once. */
		private final Set<String> waiting = new HashSet<>();

		private record Newest<T>(long version, T result) {
		}

		Kind(String name, BiFunction<AsOf, DatedNetwork, T> compute) {
			this.name = name;
			this.compute = compute;
			this.thread = Schedulers.fromExecutorService(Executors.newSingleThreadScheduledExecutor(
					r -> Thread.ofPlatform().name("whole-network-" + name).daemon().stackSize(STACK_BYTES).unstarted(r)));
		}

		synchronized Mono<T> of(AsOf asOf) {
			return byVersion.computeIfAbsent(key(asOf), k -> {
				Mono<T> result = Mono.fromCallable(() -> {
					long started = System.nanoTime();
					T worked = compute.apply(asOf, new DatedNetwork(asOf));
					lastTookNanos = System.nanoTime() - started;
					log.info("Whole-network {} of snapshot v{} at {} worked out in {} ms", name, asOf.snapshot().version(),
							asOf.date(), (System.nanoTime() - started) / 1_000_000);
					remember(asOf, worked);
					return worked;
				}).subscribeOn(thread).doOnError(e -> forget(k)).cache();
				result.subscribe(x -> { }, e -> log.warn("Could not work out the whole-network {}", name, e));
				return result;
			});
		}

		/**
		 * The results for {@code asOf}'s own version if known; else the newest earlier version's, while this one's
		 * are worked out when the pacing allows; else (nothing earlier) worked out now.
		 */
		synchronized Mono<T> latest(AsOf asOf) {
			Newest<T> known = newest.get(scope(asOf));
			if (known == null || known.version() > asOf.snapshot().version()) {
				return of(asOf);
			}
			if (known.version() < asOf.snapshot().version()) {
				paced(asOf);
			}
			return Mono.just(known.result());
		}

		/** {@code asOf}'s results, after a quiet spell or once out of date too long (class comment). */
		void paced(AsOf asOf) {
			String key = key(asOf);
			synchronized (this) {
				if (byVersion.containsKey(key) || !waiting.add(key)) {
					return;
				}
				if (outOfDateSince == UP_TO_DATE) {
					outOfDateSince = System.nanoTime();
				}
			}
			// The wait holds the version, not its snapshot: under a stream of writes every version of the last spell
			// stayed reachable (at national scale 60–80, each with its own copy of the rewritten arrays), so each
			// collection copied them: pauses of 130–270 ms, a write's commit to visible p99 190 ms (docs/scaling.md,
			// "A fixed heap").
			long version = asOf.snapshot().version();
			LocalDate date = asOf.date();
			boolean includeNational = asOf.includeNational();
			thread.schedule(() -> {
				var state = snapshots.state();
				synchronized (this) {
					waiting.remove(key);
					long outOfDate = outOfDateSince == UP_TO_DATE ? 0 : System.nanoTime() - outOfDateSince;
					if (!pacing.starts(state.snapshot().version() != version, outOfDate)) {
						return;
					}
					outOfDateSince = UP_TO_DATE;
				}
				of(new AsOf(state.snapshot(), date, includeNational, SnapshotStamp.of(state))); // the newest version
			}, pacing.spellNanos(lastTookNanos), TimeUnit.NANOSECONDS);
		}

		private synchronized void remember(AsOf asOf, T result) {
			Newest<T> known = newest.get(scope(asOf));
			if (known == null || known.version() <= asOf.snapshot().version()) {
				newest.put(scope(asOf), new Newest<>(asOf.snapshot().version(), result));
			}
		}

		private synchronized void forget(String key) {
			byVersion.remove(key);
		}

		private static String key(AsOf asOf) {
			return asOf.snapshot().version() + "|" + scope(asOf);
		}

		private static String scope(AsOf asOf) {
			return asOf.day() + "|" + asOf.includeNational();
		}
	}

	/** {@code work} on a new thread with a deep stack, waited for (for tests and the bench, not requests). */
	static <T> T onDeepStack(java.util.function.Supplier<T> work) {
		FutureTask<T> task = new FutureTask<>(work::get);
		Thread.ofPlatform().name("whole-network").stackSize(STACK_BYTES).start(task);
		try {
			return task.get();
		}
		catch (ExecutionException e) { // a Supplier throws nothing checked: hand on what it threw, as it is
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) e.getCause();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
