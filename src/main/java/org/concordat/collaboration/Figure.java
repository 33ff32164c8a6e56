package org.concordat.collaboration;

/**
 * A cost, saving or budget figure recorded for a collaboration (and, with {@code force}, for one of its
 * forces). Conflicting figures from different sources are all kept. {@code id} is optional on input: a
 * figure without one is named by a digest of its content, so re-importing it does not duplicate it.
 */
public record Figure(String id, String kind, Double amount, String period, String date, String force,
		String source, String note, String confidence) {

	/** The same figure under another id (a figure edited in place keeps the id it is stored under). */
	public Figure withId(String newId) {
		return new Figure(newId, kind, amount, period, date, force, source, note, confidence);
	}
}
