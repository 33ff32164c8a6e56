package org.concordat.operations;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.concordat.bulk.BulkLoads;
import org.concordat.bulk.BulkProgress;
import org.springframework.stereotype.Component;

/**
 * Concordat's own gauges, read when scraped (the request latencies are Spring's {@code http.server.requests}, the
 * write-to-visible delay the snapshot's {@code concordat.write.to.visible} timer):
 * <ul>
 * <li>{@code concordat.snapshot.age}, {@code concordat.changes.lag} and {@code concordat.changes.position}: how
 * current the analytics snapshot is ({@link AnalyticsFreshness});
 * <li>{@code concordat.bulk.*}: the latest bulk load over the API: whether it runs, the entities its validation
 * counted, the batches and rows committed so far, and its elapsed time.
 * </ul>
 */
@Component
class OperationsMetrics implements MeterBinder {

	private final AnalyticsFreshness freshness;

	private final BulkLoads bulkLoads;

	OperationsMetrics(AnalyticsFreshness freshness, BulkLoads bulkLoads) {
		this.freshness = freshness;
		this.bulkLoads = bulkLoads;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		TimeGauge.builder("concordat.snapshot.age", freshness, TimeUnit.SECONDS, f -> seconds(f.snapshotAge()))
			.description("Time since the analytics snapshot was last known to match the register")
			.register(registry);
		TimeGauge.builder("concordat.changes.lag", freshness, TimeUnit.SECONDS,
				f -> f.feedEnabled() ? seconds(f.feedLag()) : Double.NaN)
			.description("Time since the change feed last read the change log (NaN when the feed is off)")
			.register(registry);
		Gauge.builder("concordat.changes.position", freshness, AnalyticsFreshness::feedPosition)
			.description("The newest change-log entry this instance has read")
			.register(registry);
		bulk(registry, "concordat.bulk.running", "1 while a bulk load runs", s -> "running".equals(s.state()) ? 1 : 0);
		bulk(registry, "concordat.bulk.entities", "Entities in the latest bulk load's document",
				s -> s.entities().values().stream().mapToInt(Integer::intValue).sum());
		bulk(registry, "concordat.bulk.batches.committed", "The latest bulk load's last committed batch",
				BulkProgress.Status::lastBatchCommitted);
		bulk(registry, "concordat.bulk.rows.committed", "Rows the latest bulk load has committed",
				s -> s.rowsCommitted().values().stream().mapToInt(Integer::intValue).sum());
		TimeGauge.builder("concordat.bulk.elapsed", bulkLoads, TimeUnit.MILLISECONDS,
				loads -> loads.latest().map(s -> (double) s.elapsedMillis()).orElse(0.0))
			.description("How long the latest bulk load has run (or ran)")
			.register(registry);
	}

	private void bulk(MeterRegistry registry, String name, String description,
			ToDoubleFunction<BulkProgress.Status> value) {
		Gauge.builder(name, bulkLoads, loads -> loads.latest().map(value::applyAsDouble).orElse(0.0))
			.description(description)
			.register(registry);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1_000.0;
	}
}
