package org.concordat.function;

/**
 * One term of the controlled vocabulary of policing functions a collaboration covers (kebab-case id), with
 * the register's version of it.
 */
public record PolicingFunction(String id, String name, Long version) {

	/** A function as input describes it, without a version. */
	public PolicingFunction(String id, String name) {
		this(id, name, null);
	}
}
