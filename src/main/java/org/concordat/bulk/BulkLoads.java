package org.concordat.bulk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.register.ChangeLog;
import org.concordat.web.ConflictException;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs bulk loads for the API, one at a time, each on a thread of its own (a load takes minutes and blocks on
 * the driver, so never on a request thread). When a load is done the analytics snapshot is rebuilt whole:
 * the load went around the per-write updates. A failed load rebuilds it too, as earlier batches are committed.
 */
@Component
public class BulkLoads {

	private final JsonMapper json;

	private final Driver driver;

	private final Snapshots snapshots;

	private final AtomicInteger ids = new AtomicInteger();

	private final AtomicReference<BulkProgress> latest = new AtomicReference<>();

	private final ChangeLog changes;

	BulkLoads(JsonMapper json, Driver driver, Snapshots snapshots, ChangeLog changes) {
		this.changes = changes;
		this.json = json;
		this.driver = driver;
		this.snapshots = snapshots;
	}

	/** Refuses (409) while a load runs: checked before an upload is read, and again when its load starts. */
	public void refuseIfRunning() {
		BulkProgress running = latest.get();
		if (running != null && running.running()) {
			throw new ConflictException("bulk-load", "bulk load " + running.status().id() + " is still running");
		}
	}

	/** Starts a load of {@code file}; {@code cleanUp} runs when it has ended, however it ended. */
	public synchronized BulkProgress start(Path file, BulkSettings settings, Runnable cleanUp) {
		refuseIfRunning();
		BulkProgress progress = new BulkProgress(String.valueOf(ids.incrementAndGet()), file.getFileName().toString());
		latest.set(progress);
		// A thread of its own, not a request path: the load and the rebuild after it may block here.
		Thread.ofPlatform().name("bulk-load-" + progress.status().id()).start(() -> {
			try {
				new BulkLoader(json).load(file, settings, Neo4jBatchSink.beginning(driver, changes), ExistingIds.of(driver),
						progress);
				progress.phase("rebuilding the analytics snapshot");
				snapshots.rebuild().block();
				progress.done();
			}
			catch (RuntimeException e) {
				if (!(e instanceof BulkLoadException)) {
					// logged for the operator; the client hears no more than that it failed (the message may quote the file)
					// (its type only at WARN: a message may quote the document, personal fields included)
					var log = org.slf4j.LoggerFactory.getLogger(BulkLoads.class);
					log.warn("bulk load {} failed: {}", progress.status().id(), e.getClass().getName());
					log.debug("bulk load {} failed", progress.status().id(), e);
					progress.failed(new BulkLoadException(java.util.List.of(
							new org.concordat.web.FieldError("bulk-load", "the load failed; the server's log says why")), 0));
				}
			}
			finally {
				cleanUp.run();
				changes.recordBulkLoad(driver); // other instances rebuild too
				if (!"done".equals(progress.status().state())) {
					snapshots.rebuild().block(); // a failed load still committed its earlier batches
				}
			}
		});
		return progress;
	}

	/** The latest load's status, running or finished; empty before the first. */
	public Optional<BulkProgress.Status> latest() {
		return Optional.ofNullable(latest.get()).map(BulkProgress::status);
	}

	public Optional<BulkProgress> find(String id) {
		BulkProgress progress = latest.get();
		return progress != null && progress.status().id().equals(id) ? Optional.of(progress) : Optional.empty();
	}
}
