package org.concordat.web;

/** An id in the path or a parameter names nothing in the register; answered 404. */
public class NotFoundException extends RuntimeException {

	private final String field;

	public NotFoundException(String field, String kind, String id) {
		super("no " + kind + " with id '" + id + "'");
		this.field = field;
	}

	public String field() {
		return field;
	}
}
