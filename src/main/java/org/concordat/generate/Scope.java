package org.concordat.generate;

/** How far a generated collaboration reaches, from its size; each scope has its own kinds and id code. */
enum Scope {

	BILATERAL("bilateral", "maa", "mutual aid agreement", "shared service agreement", "interlocal agreement"),
	REGIONAL("regional", "tf", "task force", "shared service", "specialist unit", "mutual aid compact"),
	MULTI_REGIONAL("multi-regional", "mrt", "multi-state task force", "information sharing network",
			"specialist unit"),
	NATIONAL("national", "nat", "national program", "national task force");

	final String scope;

	final String code;

	final String[] kinds;

	Scope(String scope, String code, String... kinds) {
		this.scope = scope;
		this.code = code;
		this.kinds = kinds;
	}

	/** Two make a bilateral; a state that has enough agencies holds up to 40; 400 span states; more are national. */
	static Scope of(int size, int agenciesInRegion) {
		if (size == 2) {
			return BILATERAL;
		}
		if (size <= 40 && size <= agenciesInRegion) {
			return REGIONAL;
		}
		return size <= 400 ? MULTI_REGIONAL : NATIONAL;
	}
}
