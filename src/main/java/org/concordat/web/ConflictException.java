package org.concordat.web;

import java.util.List;

/** The request clashes with what the register holds (a duplicate id, a delete that would lose history); 409. */
public class ConflictException extends RuntimeException {

	private final List<FieldError> errors;

	public ConflictException(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public ConflictException(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
