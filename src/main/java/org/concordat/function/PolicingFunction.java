package org.concordat.function;

/** One term of the controlled vocabulary of policing functions a collaboration covers (kebab-case id). */
public record PolicingFunction(String id, String name) {
}
