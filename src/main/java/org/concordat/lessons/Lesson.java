package org.concordat.lessons;

/**
 * A lesson learned in a collaboration, on one theme, from a source; {@code toldBy} names a person.
 * {@code version} is the register's, as for every entity.
 */
public record Lesson(String id, String title, String summary, String theme, String date, String source,
		String collaboration, String toldBy, Long version) {

	public static final java.util.Set<String> THEMES = java.util.Set.of("purpose", "benefits-costs",
			"leadership-governance", "skills", "withdrawal");

	/** A lesson as input describes it, without a version. */
	public Lesson(String id, String title, String summary, String theme, String date, String source,
			String collaboration, String toldBy) {
		this(id, title, summary, theme, date, source, collaboration, toldBy, null);
	}

	public Lesson withId(String newId) {
		return new Lesson(newId, title, summary, theme, date, source, collaboration, toldBy, version);
	}
}
