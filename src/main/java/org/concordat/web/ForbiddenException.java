package org.concordat.web;

import java.util.List;

/**
 * The principal may not make this change, for the reasons listed (403 with every refused field). Where one reason
 * refuses the whole request, Spring Security's {@code AccessDeniedException} serves; this is for a request refused
 * in several parts, each with its own reason (the rows of a spreadsheet).
 */
public class ForbiddenException extends RuntimeException {

	private final List<FieldError> errors;

	public ForbiddenException(List<FieldError> errors) {
		super(errors.size() + " refused field(s): " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}
}
