package org.concordat.function;

import static org.concordat.entity.StatementRows.row;

import java.util.List;
import java.util.Map;

/** How functions are written: the statement the register's writer runs, and its parameter rows. */
public final class FunctionWrites {

	public static final String FUNCTIONS = """
			UNWIND $rows AS row
			MERGE (f:Function {id: row.id}) SET f.name = row.name, f.version = $version""";

	private FunctionWrites() {
	}

	public static List<Map<String, Object>> rows(List<PolicingFunction> functions) {
		return functions.stream().map(f -> row("id", f.id(), "name", f.name())).toList();
	}
}
