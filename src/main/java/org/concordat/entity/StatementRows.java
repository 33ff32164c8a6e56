package org.concordat.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The parameter rows of the write statements. Absent values become explicit nulls, so {@code SET n += row.props}
 * also clears what an update leaves out.
 */
public final class StatementRows {

	private StatementRows() {
	}

	/** Map.of refuses nulls; rows need them. */
	public static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}
}
