package org.concordat.lessons;

import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;

/** The rules a lesson must keep before anything is written: a theme, a known collaboration and teller. */
public final class LessonRules {

	private LessonRules() {
	}

	public static void check(Lesson l, String at, KnownIds known, Checks checks) {
		checks.slug(at + "id", l.id());
		checks.text(at + "title", l.title());
		checks.oneOf(at + "theme", l.theme(), Lesson.THEMES, true);
		checks.date(at + "date", l.date());
		if (l.collaboration() == null || !known.collaborations().contains(l.collaboration())) {
			checks.add(at + "collaboration", "unknown collaboration '" + l.collaboration() + "'");
		}
		if (l.toldBy() != null && !known.people().contains(l.toldBy())) {
			checks.add(at + "toldBy", "unknown person '" + l.toldBy() + "'");
		}
	}
}
