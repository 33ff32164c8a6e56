package org.concordat.web;

import java.util.List;

/**
 * The client changed an entity from a version that is no longer current: someone else changed it since.
 * Answered 412 naming the current version, so the client can read it again and reapply its change.
 */
public class PreconditionFailedException extends RuntimeException {

	private final List<FieldError> errors;

	private final Long currentVersion;

	/** One entity; {@code currentVersion} null when it no longer exists. */
	public PreconditionFailedException(FieldError error, Long currentVersion) {
		super(error.toString());
		this.errors = List.of(error);
		this.currentVersion = currentVersion;
	}

	/** Several entities of one document, each reason naming its current version. */
	public PreconditionFailedException(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
		this.currentVersion = null;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** The one entity's current version, or null (several entities, or none left). */
	public Long currentVersion() {
		return currentVersion;
	}
}
