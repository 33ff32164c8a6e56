package org.concordat.analytics.snapshot;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.concordat.analytics.snapshot.Facts.FigureFact;

/**
 * The recorded figures as columns, grouped by collaboration ({@code start}, as sparse rows). A figure's
 * date is kept as its first day and the precision it was written at, from which the written form is spelt
 * again: "2014", "2014-12" or "2014-12-13". A text that is not one of those forms exactly is kept as text.
 */
final class FigureTable {

	static final byte NONE = 0;

	static final byte OTHER = 4;

	final PackedInts start;

	final Coded<String> kinds;

	final Doubles amounts;

	final Coded<String> periods;

	final DayColumn dates;

	final PackedInts precisions;

	final Coded<String> oddDates;

	final WordColumn forces;

	final Coded<String> sources;

	final WordColumn notes;

	final Coded<String> confidences;

	FigureTable(FigureTableBuilder b) {
		int n = b.kinds.size();
		start = PackedInts.of(b.start, b.collabs + 1);
		kinds = b.kinds.build();
		amounts = Doubles.of(b.amounts, n);
		periods = b.periods.build();
		dates = b.dates.build();
		precisions = PackedInts.of(b.precisions, n);
		oddDates = b.oddDates.build();
		forces = b.forces.build();
		sources = b.sources.build();
		notes = b.notes.build();
		confidences = b.confidences.build();
	}

	int size() {
		return amounts.size();
	}

	FigureFact get(int g) {
		return new FigureFact(kinds.get(g), amounts.get(g), periods.get(g), dates.get(g), written(g), forces.get(g),
				sources.get(g), notes.get(g), confidences.get(g));
	}

	/** The figures of collaboration {@code c}, read on demand. */
	List<FigureFact> of(int c) {
		int from = start.get(c);
		int n = start.get(c + 1) - from;
		return n == 0 ? List.of() : new Figures(from, n);
	}

	private String written(int g) {
		return switch (precisions.get(g)) {
			case NONE -> null;
			case OTHER -> oddDates.get(g);
			default -> spelt(dates.get(g), precisions.get(g));
		};
	}

	static String spelt(int day, int precision) {
		String full = LocalDate.ofEpochDay(day).toString();
		return full.substring(0, precision == 1 ? 4 : precision == 2 ? 7 : 10);
	}

	final class Figures extends AbstractList<FigureFact> implements RandomAccess {

		private final int from;

		private final int n;

		Figures(int from, int n) {
			this.from = from;
			this.n = n;
		}

		@Override
		public FigureFact get(int k) {
			return FigureTable.this.get(from + java.util.Objects.checkIndex(k, n));
		}

		@Override
		public int size() {
			return n;
		}
	}
}
