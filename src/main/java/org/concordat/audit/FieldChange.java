package org.concordat.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One field of an entity as a write changed it: its value before and after ({@code null} where it had none).
 * A personal field (a person's name or contact details, an account's password) is recorded as changed without
 * either value: {@code {"field": "name", "changed": true}}, so the audit never holds what the register withholds
 * from most of its readers.
 *
 * @param field the field's path in the entity, e.g. {@code name}, {@code hq.town},
 *        {@code members[kent@2015-04].left}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChange(String field, JsonNode before, JsonNode after, Boolean changed) {

	/** A field whose values may be kept; a value that is absent is kept as {@code null}. */
	public static FieldChange of(String field, JsonNode before, JsonNode after) {
		return new FieldChange(field, before == null ? NullNode.getInstance() : before,
				after == null ? NullNode.getInstance() : after, null);
	}

	/** A personal field: that it changed, never what it was or became. */
	public static FieldChange withheld(String field) {
		return new FieldChange(field, null, null, true);
	}
}
