package org.concordat.analytics.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The whole-network results, worked out off the request threads once per snapshot version, date and scope,
 * and kept (the last {@value #KEEP} of each kind): the {@link Connectivity} of the network (components, cut
 * vertices, bridges: under a second at national scale) and its {@link Alliances} (communities and betweenness:
 * seconds). Each kind has a thread of its own, with a deep stack for JGraphT's recursive searches. A new
 * snapshot version starts both for today, unless a newer one has come by the time their turn comes.
 *
 * <p>{@link #latest} answers from the newest results for the date at hand: while the current version's are
 * worked out, the previous version's, which say which version they reflect.
 */
@Component
public class WholeNetwork {

	private static final Logger log = LoggerFactory.getLogger(WholeNetwork.class);

	static final int KEEP = 8;

	/** BiconnectivityInspector recurses once per vertex along a depth-first path: tens of thousands deep. */
	private static final long STACK_BYTES = 512L << 20;

	private final Snapshots snapshots;

	private final Kind<Connectivity> connectivity = new Kind<>("connectivity", Connectivity::of);

	private final Kind<Alliances.Answer> alliances = new Kind<>("alliances", Alliances::of);

	WholeNetwork(Snapshots snapshots) {
		this.snapshots = snapshots;
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
		connectivity.precompute(today);
		alliances.precompute(today);
	}

	/** One kind of result: its thread, the results by version, date and scope, and the newest by date and scope. */
	private final class Kind<T> {

		private final String name;

		private final BiFunction<AsOf, DatedNetwork, T> compute;

		private final Scheduler thread;

		private final Map<String, Mono<T>> byVersion = lru();

		private final Map<String, Newest<T>> newest = lru();

		private record Newest<T>(long version, T result) {
		}

		Kind(String name, BiFunction<AsOf, DatedNetwork, T> compute) {
			this.name = name;
			this.compute = compute;
			this.thread = Schedulers.fromExecutorService(Executors.newSingleThreadExecutor(
					r -> Thread.ofPlatform().name("whole-network-" + name).daemon().stackSize(STACK_BYTES).unstarted(r)));
		}

		synchronized Mono<T> of(AsOf asOf) {
			String key = asOf.snapshot().version() + "|" + scope(asOf);
			return byVersion.computeIfAbsent(key, k -> {
				Mono<T> result = Mono.fromCallable(() -> {
					long started = System.nanoTime();
					T worked = compute.apply(asOf, new DatedNetwork(asOf));
					log.info("Whole-network {} of snapshot v{} at {} worked out in {} ms", name, asOf.snapshot().version(),
							asOf.date(), (System.nanoTime() - started) / 1_000_000);
					remember(asOf, worked);
					return worked;
				}).subscribeOn(thread).doOnError(e -> forget(k)).cache();
				result.subscribe(x -> { }, e -> log.warn("Could not work out the whole-network {}", name, e));
				return result;
			});
		}

		synchronized Mono<T> latest(AsOf asOf) {
			Newest<T> known = newest.get(scope(asOf));
			if (known != null && known.version() == asOf.snapshot().version()) {
				return Mono.just(known.result());
			}
			Mono<T> mine = of(asOf);
			return known != null && known.version() < asOf.snapshot().version() ? Mono.just(known.result()) : mine;
		}

		/** Today's, on its turn, if the snapshot is still the current one by then. */
		void precompute(AsOf today) {
			thread.schedule(() -> {
				if (snapshots.current() == today.snapshot()) {
					of(today);
				}
			});
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

		private static String scope(AsOf asOf) {
			return asOf.day() + "|" + asOf.includeNational();
		}
	}

	/** {@code work} on a new thread with a deep stack, waited for (for tests and the bench, not requests). */
	static <T> T onDeepStack(java.util.function.Supplier<T> work) {
		java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
		Thread thread = Thread.ofPlatform().name("whole-network").stackSize(STACK_BYTES).start(() -> {
			try {
				result.set(work.get());
			}
			catch (RuntimeException | Error e) {
				result.set(e);
			}
		});
		try {
			thread.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		if (result.get() instanceof RuntimeException e) {
			throw e;
		}
		if (result.get() instanceof Error e) {
			throw e;
		}
		@SuppressWarnings("unchecked")
		T value = (T) result.get();
		return value;
	}

	private static <K, V> Map<K, V> lru() {
		return new LinkedHashMap<>(KEEP, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > KEEP;
			}
		};
	}
}
