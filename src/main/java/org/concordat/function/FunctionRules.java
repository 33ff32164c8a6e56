package org.concordat.function;

import org.concordat.entity.Checks;

/** The rules a term of the function vocabulary must keep before anything is written. */
public final class FunctionRules {

	private FunctionRules() {
	}

	public static void check(PolicingFunction f, String at, Checks checks) {
		checks.slug(at + "id", f.id());
		checks.text(at + "name", f.name());
	}
}
