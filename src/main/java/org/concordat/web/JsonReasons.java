package org.concordat.web;

import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says why a JSON document could not be read, in words a client can act on: the expected kind of value
 * ("must be a number"), an unknown field, or malformed JSON at a line and column. Never Jackson's own message,
 * which names Java classes and quotes the input (a bulk load's input may be a file on the server).
 */
public final class JsonReasons {

	private JsonReasons() {
	}

	/** The path of the offending field ({@code members[2].costShare}), or {@code body} when there is none. */
	public static String field(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	public static String reason(JacksonException e) {
		if (e instanceof StreamReadException read) {
			var at = read.getLocation();
			return "malformed JSON" + (at == null || at.getLineNr() < 0 ? ""
					: " at line " + at.getLineNr() + ", column " + at.getColumnNr());
		}
		if (e instanceof UnrecognizedPropertyException) {
			return "is not a field here";
		}
		if (e instanceof InvalidNullException) {
			return "must not be null";
		}
		if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + kind(mismatch.getTargetType());
		}
		return "cannot be read";
	}

	/** A client's words for a Java type. */
	static String kind(Class<?> type) {
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
			return type == Integer.class || type == int.class || type == Long.class || type == long.class
					? "a whole number" : "a number";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isEnum()) {
			return "one of the documented values";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
			return "an object";
		}
		return "a value of another kind";
	}
}
