package org.concordat.bulk;

import java.util.List;

import org.concordat.web.FieldError;

/**
 * A bulk load stopped. Before anything was written ({@code resumeFrom} 0) the errors name the offending fields;
 * when a batch failed, every batch before {@code resumeFrom} is committed and the load can be run again from it.
 */
public class BulkLoadException extends RuntimeException {

	private final List<FieldError> errors;

	private final int resumeFrom;

	public BulkLoadException(List<FieldError> errors, int resumeFrom) {
		super(describe(errors, resumeFrom));
		this.errors = List.copyOf(errors);
		this.resumeFrom = resumeFrom;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** The batch to resume from, or 0 when nothing was written. */
	public int resumeFrom() {
		return resumeFrom;
	}

	private static String describe(List<FieldError> errors, int resumeFrom) {
		String first = errors.isEmpty() ? "" : errors.get(0).field() + ": " + errors.get(0).reason();
		return resumeFrom > 0 ? first + "; batches before " + resumeFrom + " are committed, resume from batch " + resumeFrom
				: errors.size() + " problem(s), nothing written; first: " + first;
	}
}
