package org.concordat.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.concordat.analytics.snapshot.RegisterSnapshot;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Alliances are a whole-network computation: they are worked out off the request threads, once per
 * (snapshot version, date, includeNational), and served from here. Each new snapshot version starts the
 * computation for today in the background, so the common question is answered from memory.
 */
@Component
class AlliancesCache {

	private static final int KEEP = 32;

	private final Snapshots snapshots;

	private final Map<String, Mono<Alliances.Answer>> answers = new LinkedHashMap<>(KEEP, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Mono<Alliances.Answer>> eldest) {
			return size() > KEEP;
		}
	};

	AlliancesCache(Snapshots snapshots) {
		this.snapshots = snapshots;
		precompute(new Snapshots.SnapshotAdvanced(snapshots.current()));
	}

	@EventListener
	void precompute(Snapshots.SnapshotAdvanced advanced) {
		answer(advanced.snapshot(), LocalDate.now(), false).subscribe();
	}

	Mono<Alliances.Answer> answer(LocalDate at, boolean includeNational) {
		return answer(snapshots.current(), at, includeNational);
	}

	private synchronized Mono<Alliances.Answer> answer(RegisterSnapshot snapshot, LocalDate at, boolean includeNational) {
		String key = snapshot.version() + "|" + at + "|" + includeNational;
		return answers.computeIfAbsent(key, k -> Mono
			.fromCallable(() -> new Alliances(new AsOf(snapshot, at, includeNational)).detect())
			.subscribeOn(Schedulers.boundedElastic())
			.cache());
	}
}
