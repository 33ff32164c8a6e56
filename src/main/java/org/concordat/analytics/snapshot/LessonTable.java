package org.concordat.analytics.snapshot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.concordat.analytics.snapshot.Facts.LessonFact;
import org.concordat.lessons.Lesson;

/**
 * Lessons as columns, and their order by collaboration ({@code byCollab}, searched by halves) so a question
 * reads only the lessons of the collaborations it looks at, without an offset per collaboration.
 */
final class LessonTable {

	private final TextColumn ids;

	private final WordColumn titles;

	private final Coded<String> themes;

	private final DayColumn dates;

	private final PackedInts collabs;

	private final TextColumn toldBy;

	/** Lesson numbers ordered by collaboration, then number. */
	private final PackedInts byCollab;

	/** A bit per collaboration with any lesson: most have none, and the contact finder asks for every role's. */
	private final long[] any;

	private static final int[] NONE = new int[0];

	private LessonTable(TextColumn ids, WordColumn titles, Coded<String> themes, DayColumn dates, PackedInts collabs,
			TextColumn toldBy) {
		this.ids = ids;
		this.titles = titles;
		this.themes = themes;
		this.dates = dates;
		this.collabs = collabs;
		this.toldBy = toldBy;
		int n = ids.size();
		int[] collabOf = new int[n];
		int most = 0;
		for (int l = 0; l < n; l++) {
			collabOf[l] = collabs.get(l);
			most = Math.max(most, collabOf[l] + 1);
		}
		int[] order = Indexes.byOwner(collabOf, most, new int[most + 1]); // ascending within a collaboration
		this.byCollab = PackedInts.of(order, order.length);
		this.any = new long[(most + 63) >> 6];
		for (int c : collabOf) {
			any[c >> 6] |= 1L << c;
		}
	}

	int size() {
		return ids.size();
	}

	LessonFact get(int l) {
		return new LessonFact(ids.get(l), titles.get(l), themes.get(l), dates.get(l), collabs.get(l), toldBy.get(l));
	}

	String theme(int l) {
		return themes.get(l);
	}

	int date(int l) {
		return dates.get(l);
	}

	/** The lessons of collaboration {@code c}, ascending. */
	int[] of(int c) {
		if (c >> 6 >= any.length || (any[c >> 6] & 1L << c) == 0) {
			return NONE;
		}
		int lo = firstAtLeast(c);
		int[] of = new int[firstAtLeast(c + 1) - lo];
		for (int k = 0; k < of.length; k++) {
			of[k] = byCollab.get(lo + k);
		}
		return of;
	}

	private int firstAtLeast(int c) {
		int lo = 0;
		int hi = byCollab.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (collabs.get(byCollab.get(mid)) < c) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	static LessonTable of(List<Lesson> lessons, ToIntFunction<String> collabIndex) {
		return with(null, lessons, Set.of(), collabIndex);
	}

	/** The old lessons less those changed or deleted, then the changed ones; the old table itself if none. */
	static LessonTable with(LessonTable old, List<Lesson> upserts, Set<String> deleted,
			ToIntFunction<String> collabIndex) {
		if (old != null && upserts.isEmpty() && deleted.isEmpty()) {
			return old;
		}
		Set<String> gone = new HashSet<>(deleted);
		upserts.forEach(l -> gone.add(l.id()));
		int capacity = (old == null ? 0 : old.size()) + upserts.size();
		TextColumnBuilder ids = new TextColumnBuilder(old == null ? null : old.ids, capacity, false);
		WordColumnBuilder titles = new WordColumnBuilder(old == null ? null : old.titles, capacity);
		Coded.Builder<String> themes = Coded.Builder.ofTexts(old == null ? null : old.themes, capacity);
		DayColumn.Builder dates = new DayColumn.Builder(old == null ? null : old.dates, capacity);
		PackedInts.Builder collabs = new PackedInts.Builder(capacity);
		TextColumnBuilder toldBy = new TextColumnBuilder(old == null ? null : old.toldBy, capacity, true);
		for (int l = 0; old != null && l < old.size(); l++) {
			if (!gone.contains(old.ids.get(l))) {
				ids.copy(l, 1);
				titles.copy(l, 1);
				themes.copy(l, 1);
				dates.copy(old.dates, l, 1);
				collabs.add(old.collabs.get(l));
				toldBy.copy(l, 1);
			}
		}
		for (Lesson l : upserts) {
			int c = l.collaboration() == null ? -1 : collabIndex.applyAsInt(l.collaboration());
			if (c >= 0) {
				ids.add(l.id());
				titles.add(l.title());
				themes.add(l.theme());
				dates.add(Day.from(l.date()));
				collabs.add(c);
				toldBy.add(l.toldBy());
			}
		}
		return new LessonTable(ids.build(), titles.build(), themes.build(), dates.build(), collabs.build(),
				toldBy.build());
	}
}
