package org.concordat.bulk;

/**
 * How to bulk load: rows per batch (one transaction each), the batch to resume from (1 = the start), whether
 * to run the validation pass first (the benchmark's floor does not), and the statements to run.
 */
public record BulkSettings(int batchSize, int resumeFrom, boolean validate, BulkStatements statements) {

	public static final int DEFAULT_BATCH = 10_000;

	public BulkSettings {
		if (batchSize < 1 || batchSize > 100_000) {
			throw new IllegalArgumentException("batch size must be between 1 and 100000, was " + batchSize);
		}
		if (resumeFrom < 1) {
			throw new IllegalArgumentException("resume from must be a batch number from 1, was " + resumeFrom);
		}
	}

	public static BulkSettings of(int batchSize, int resumeFrom) {
		return new BulkSettings(batchSize, resumeFrom, true, BulkStatements.REGISTER);
	}
}
