package org.concordat.analytics.snapshot.storage;

/** A lesson learned in collaboration {@code collab}, dated {@code date} (an epoch day, or {@link Day#NEVER_BEFORE}). */
public record LessonLearned(String id, String theme, int date, int collab) {

	LessonLearned in(int newCollab) {
		return new LessonLearned(id, theme, date, newCollab);
	}
}
