package org.concordat.bulk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.audit.AuditLog;
import org.concordat.register.ChangeLog;
import org.concordat.security.Actor;
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

	private final AuditLog audit;

	BulkLoads(JsonMapper json, Driver driver, Snapshots snapshots, ChangeLog changes, AuditLog audit) {
		this.changes = changes;
		this.audit = audit;
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

	/**
	 * Starts loading {@code file} on a thread of its own; {@code cleanUp} runs when it has ended, however it
	 * ended. The load is {@code actor}'s (captured on the request: the thread has no request of its own), who the
	 * audit records with the document's digest under {@code name}.
	 */
	public synchronized BulkProgress start(Path file, String name, BulkSettings settings, Runnable cleanUp,
			Actor actor) {
		refuseIfRunning();
		BulkProgress progress = new BulkProgress(String.valueOf(ids.incrementAndGet()), file.getFileName().toString());
		latest.set(progress);
		// A thread of its own, not a request path: the load and the rebuild after it may block here.
		Thread.ofPlatform().name("bulk-load-" + progress.status().id()).start(() -> {
			BulkAudit audit = null;
			boolean loaded = false;
			try {
				audit = BulkAudit.of(this.audit, actor, file, name);
				new BulkLoader(json).load(file, settings, Neo4jBatchSink.beginning(driver, changes, audit),
						ExistingIds.of(driver), progress);
				loaded = true;
				// recorded before the load says it is done, so a client that sees it done finds its audit entry complete
				recordEnd(audit, progress, true);
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
				if (audit != null && !loaded) { // a null audit: the load never began, nothing was written
					recordEnd(audit, progress, false);
				}
				if (!"done".equals(progress.status().state())) {
					snapshots.rebuild().block(); // a failed load still committed its earlier batches
				}
			}
		});
		return progress;
	}

	/** The load's end in the change log (other instances rebuild too) and in its audit entry, with what it committed. */
	private void recordEnd(BulkAudit audit, BulkProgress progress, boolean loaded) {
		audit.ended(progress.status(), loaded);
		changes.recordBulkLoad(driver, audit);
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
