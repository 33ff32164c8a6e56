package org.concordat.bulk;

/** One bulk load in progress: its settings, where batches go, and the running batch number. */
final class BulkRun {

	private final BulkSettings settings;

	private final BatchSink sink;

	private final BulkProgress progress;

	private int batches;

	BulkRun(BulkSettings settings, BatchSink sink, BulkProgress progress) {
		this.settings = settings;
		this.sink = sink;
		this.progress = progress;
	}

	int batchSize() {
		return settings.batchSize();
	}

	int resumeFrom() {
		return settings.resumeFrom();
	}

	BatchSink sink() {
		return sink;
	}

	BulkProgress progress() {
		return progress;
	}

	int nextBatch() {
		return ++batches;
	}

	int batches() {
		return batches;
	}
}
