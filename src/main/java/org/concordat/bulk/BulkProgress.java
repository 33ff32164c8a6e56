package org.concordat.bulk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concordat.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a bulk load has got, logged batch by batch and readable at any moment as a {@link Status} (the API's
 * status endpoint and progress stream poll it). Updated by the loading thread, read by others.
 */
public final class BulkProgress {

	private static final Logger log = LoggerFactory.getLogger(BulkProgress.class);

	/** A consistent picture of the load: what it is doing, what is committed, and where to resume on failure. */
	public record Status(String id, String file, String state, String phase, Map<String, Integer> entities,
			Map<String, Integer> rowsCommitted, int lastBatchCommitted, int batchesSkipped, long elapsedMillis,
			List<FieldError> errors, Integer resumeFrom) {
	}

	private final String id;

	private final String file;

	private final long started = System.nanoTime();

	private String state = "running";

	private String phase = "starting";

	private Map<String, Integer> entities = Map.of();

	private final Map<String, Integer> rows = new TreeMap<>();

	private int lastBatch;

	private int skipped;

	private long elapsedNanos;

	private List<FieldError> errors = List.of();

	private Integer resumeFrom;

	public BulkProgress(String id, String file) {
		this.id = id;
		this.file = file;
	}

	synchronized void phase(String name) {
		phase = name;
		log.info("bulk load {}: {} {}", id, name, file);
	}

	synchronized void counted(Map<String, Integer> counts) {
		entities = new TreeMap<>(counts);
		log.info("bulk load {}: valid, {} ({} ms)", id, entities, elapsedMillis());
	}

	synchronized void committed(int batch, String kind, int count, String where, long nanos) {
		lastBatch = batch;
		rows.merge(kind, count, Integer::sum);
		log.info("bulk load {}: batch {} committed, {} {} in {} ms ({}); {} ms in all", id, batch, count, kind,
				nanos / 1_000_000, where, elapsedMillis());
	}

	synchronized void skipped(int batch, String kind, int count) {
		skipped++;
		log.debug("bulk load {}: batch {} ({} {}) skipped, resuming later", id, batch, count, kind);
	}

	public synchronized Status done() {
		state = "done";
		elapsedNanos = System.nanoTime() - started;
		log.info("bulk load {}: done in {} ms, rows {}", id, elapsedMillis(), rows);
		return status();
	}

	synchronized void failed(BulkLoadException e) {
		state = "failed";
		errors = e.errors();
		resumeFrom = e.resumeFrom() > 0 ? e.resumeFrom() : null;
		elapsedNanos = System.nanoTime() - started;
		log.warn("bulk load {}: failed after {} ms: {}", id, elapsedMillis(), e.getMessage());
	}

	public synchronized Status status() {
		return new Status(id, file, state, phase, entities, new TreeMap<>(rows), lastBatch, skipped, elapsedMillis(),
				errors, resumeFrom);
	}

	public synchronized boolean running() {
		return "running".equals(state);
	}

	private long elapsedMillis() {
		return (elapsedNanos > 0 ? elapsedNanos : System.nanoTime() - started) / 1_000_000;
	}
}
