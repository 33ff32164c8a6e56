package org.concordat.web;

import java.util.List;
import java.util.Map;

/** The request was understood but breaks the register's rules; answered 400 with every offending field. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	private final Map<String, Object> properties;

	public InvalidInputException(List<FieldError> errors) {
		this(errors, Map.of());
	}

	/**
	 * With members of the problem beside {@code errors} that let a client correct the request, e.g. the headers a
	 * spreadsheet has, so that the page can offer them for the column the import could not find.
	 */
	public InvalidInputException(List<FieldError> errors, Map<String, Object> properties) {
		super(errors.size() + " invalid field(s): " + errors);
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
	}

	public InvalidInputException(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** Further members of the problem+json answer (none for most refusals). */
	public Map<String, Object> properties() {
		return properties;
	}
}
