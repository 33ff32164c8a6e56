package org.concordat.web;

import java.util.List;

/**
 * A change to an entity that does not say which version of it the client read; answered 428 (RFC 6585), so
 * that no client overwrites what it never saw by forgetting to ask.
 */
public class PreconditionRequiredException extends RuntimeException {

	private final List<FieldError> errors;

	public PreconditionRequiredException(String reason) {
		super(reason);
		this.errors = List.of(new FieldError("If-Match", reason));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
