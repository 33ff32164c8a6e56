package org.concordat.analytics.snapshot;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import org.concordat.analytics.snapshot.Facts.FigureFact;
import org.concordat.collaboration.Figure;

/**
 * The recorded figures as columns, grouped by collaboration ({@code start}, as sparse rows). A figure's
 * date is kept as its first day and the precision it was written at, from which the written form is spelt
 * again: "2014", "2014-12" or "2014-12-13". A text that is not one of those forms exactly is kept as text.
 */
final class FigureTable {

	private static final byte NONE = 0;

	private static final byte OTHER = 4;

	private final PackedInts start;

	private final Coded<String> kinds;

	private final Doubles amounts;

	private final Coded<String> periods;

	private final DayColumn dates;

	private final PackedInts precisions;

	private final Coded<String> oddDates;

	private final TextColumn forces;

	private final Coded<String> sources;

	private final WordColumn notes;

	private final Coded<String> confidences;

	private FigureTable(Builder b) {
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

	private static String spelt(int day, int precision) {
		String full = LocalDate.ofEpochDay(day).toString();
		return full.substring(0, precision == 1 ? 4 : precision == 2 ? 7 : 10);
	}

	private final class Figures extends AbstractList<FigureFact> implements RandomAccess {

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

	/** Appends collaboration by collaboration, each a block of new figures or a copy of an older table's. */
	static final class Builder {

		private final FigureTable old;

		private int[] start;

		private int collabs;

		private double[] amounts = new double[16];

		private int[] precisions = new int[16];

		private final Coded.Builder<String> kinds;

		private final Coded.Builder<String> periods;

		private final DayColumn.Builder dates;

		private final Coded.Builder<String> oddDates;

		private final TextColumnBuilder forces;

		private final Coded.Builder<String> sources;

		private final WordColumnBuilder notes;

		private final Coded.Builder<String> confidences;

		Builder(FigureTable old, int collabCapacity) {
			this.old = old;
			this.start = new int[collabCapacity + 1];
			int capacity = old == null ? 16 : old.size() + 16;
			kinds = Coded.Builder.ofTexts(old == null ? null : old.kinds, capacity);
			periods = Coded.Builder.ofTexts(old == null ? null : old.periods, capacity);
			dates = new DayColumn.Builder(old == null ? null : old.dates, capacity);
			oddDates = Coded.Builder.ofTexts(old == null ? null : old.oddDates, capacity);
			forces = new TextColumnBuilder(old == null ? null : old.forces, capacity, true);
			sources = Coded.Builder.ofTexts(old == null ? null : old.sources, capacity);
			notes = new WordColumnBuilder(old == null ? null : old.notes, capacity);
			confidences = Coded.Builder.ofTexts(old == null ? null : old.confidences, capacity);
		}

		void add(List<Figure> figures) {
			for (Figure f : figures) {
				String date = f.date();
				int day = Day.from(date);
				byte precision = date == null ? NONE : OTHER;
				if (day != Day.NEVER_BEFORE) {
					byte p = (byte) (date.length() == 4 ? 1 : date.length() == 7 ? 2 : 3);
					precision = spelt(day, p).equals(date) ? p : OTHER;
				}
				grow(kinds.size() + 1);
				amounts[kinds.size()] = f.amount() == null ? 0 : f.amount();
				precisions[kinds.size()] = precision;
				kinds.add(f.kind());
				periods.add(f.period());
				dates.add(day);
				oddDates.add(precision == OTHER ? date : null);
				sources.add(f.source());
				confidences.add(f.confidence());
				forces.add(f.force());
				notes.add(f.note());
			}
			close();
		}

		/** Copies the figures of the old table's collaboration {@code c}, by code. */
		void copy(int c) {
			int from = old.start.get(c);
			int n = old.start.get(c + 1) - from;
			grow(kinds.size() + n);
			for (int g = 0; g < n; g++) {
				amounts[kinds.size() + g] = old.amounts.get(from + g);
			}
			for (int g = 0; g < n; g++) {
				precisions[kinds.size() + g] = old.precisions.get(from + g);
			}
			dates.copy(old.dates, from, n);
			for (int g = from; g < from + n; g++) {
				kinds.copy(g);
				periods.copy(g);
				oddDates.copy(g);
				sources.copy(g);
				confidences.copy(g);
				forces.copy(g);
				notes.copy(g);
			}
			close();
		}

		private void grow(int capacity) {
			if (capacity > amounts.length) {
				amounts = Arrays.copyOf(amounts, Math.max(capacity, amounts.length * 2));
				precisions = Arrays.copyOf(precisions, amounts.length);
			}
		}

		private void close() {
			if (collabs + 1 == start.length) {
				start = Arrays.copyOf(start, start.length * 2);
			}
			start[++collabs] = kinds.size();
		}

		FigureTable build() {
			return new FigureTable(this);
		}
	}
}
