package org.concordat.web;

import java.util.List;

/** The request was understood but breaks the register's rules; answered 400 with every offending field. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s): " + errors);
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
