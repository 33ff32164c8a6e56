package org.concordat.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * A register document as plain values compared the way the register format defines them: absent, null and
 * empty alike, a default ({@code confidence} confirmed, {@code role} member) the same as absent, numbers by
 * value, arrays as unordered collections. With {@code dropGiven}, what the register
 * gives and a document written by hand does not is left out: versions, figure ids, {@code hostForce}.
 */
final class Canonical {

	private Canonical() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> of(JsonNode document, boolean dropGiven) {
		return (Map<String, Object>) value(document, dropGiven, null);
	}

	/** @param array the name of the array {@code node} is an element of, if it is one */
	private static Object value(JsonNode node, boolean dropGiven, String array) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue().stripTrailingZeros();
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>();
			node.forEach(item -> items.add(value(item, dropGiven, array)));
			items.sort(Comparator.comparing(String::valueOf));
			return items;
		}
		if (!node.isObject()) {
			return node.asString();
		}
		Map<String, Object> fields = new TreeMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String name = field.getKey();
			boolean given = name.equals("version") || name.equals("hostForce")
					|| name.equals("id") && "figures".equals(array);
			Object v = value(field.getValue(), dropGiven, field.getValue().isArray() ? name : null);
			boolean byDefault = name.equals("confidence") && "confirmed".equals(v)
					|| name.equals("role") && "member".equals(v);
			if (!(dropGiven && given) && !byDefault && !empty(v)) {
				fields.put(name, v);
			}
		}
		return fields;
	}

	private static boolean empty(Object v) {
		return v == null || v instanceof Map<?, ?> m && m.isEmpty() || v instanceof List<?> l && l.isEmpty();
	}
}
