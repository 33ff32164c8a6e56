package org.concordat.analytics.snapshot;

import java.util.Arrays;
import java.util.List;

import org.concordat.collaboration.Figure;

/**
 * Builds a {@link FigureTable} collaboration by collaboration: a block of new figures, or a copy of an older
 * table's block, by code.
 */
final class FigureTableBuilder {

	final FigureTable old;

	int[] start;

	int collabs;

	double[] amounts = new double[16];

	int[] precisions = new int[16];

	final Coded.Builder<String> kinds;

	final Coded.Builder<String> periods;

	final DayColumn.Builder dates;

	final Coded.Builder<String> oddDates;

	final WordColumnBuilder forces;

	final Coded.Builder<String> sources;

	final WordColumnBuilder notes;

	final Coded.Builder<String> confidences;

	FigureTableBuilder(FigureTable old, int collabCapacity) {
		this.old = old;
		this.start = new int[collabCapacity + 1];
		int capacity = old == null ? 16 : old.size() + 16;
		kinds = Coded.Builder.ofTexts(old == null ? null : old.kinds, capacity);
		periods = Coded.Builder.ofTexts(old == null ? null : old.periods, capacity);
		dates = new DayColumn.Builder(old == null ? null : old.dates, capacity);
		oddDates = Coded.Builder.ofTexts(old == null ? null : old.oddDates, capacity);
		forces = new WordColumnBuilder(old == null ? null : old.forces, capacity);
		sources = Coded.Builder.ofTexts(old == null ? null : old.sources, capacity);
		notes = new WordColumnBuilder(old == null ? null : old.notes, capacity);
		confidences = Coded.Builder.ofTexts(old == null ? null : old.confidences, capacity);
	}

	void add(List<Figure> figures) {
		for (Figure f : figures) {
			String date = f.date();
			int day = Day.from(date);
			byte precision = date == null ? FigureTable.NONE : FigureTable.OTHER;
			if (day != Day.NEVER_BEFORE) {
				byte p = (byte) (date.length() == 4 ? 1 : date.length() == 7 ? 2 : 3);
				precision = FigureTable.spelt(day, p).equals(date) ? p : FigureTable.OTHER;
			}
			grow(kinds.size() + 1);
			amounts[kinds.size()] = f.amount() == null ? 0 : f.amount();
			precisions[kinds.size()] = precision;
			kinds.add(f.kind());
			periods.add(f.period());
			dates.add(day);
			oddDates.add(precision == FigureTable.OTHER ? date : null);
			sources.add(f.source());
			confidences.add(f.confidence());
			forces.add(f.force());
			notes.add(f.note());
		}
		close();
	}

	/** Copies the figures of the old table's collaborations {@code fromCollab .. fromCollab+collabs-1}, by code. */
	void copy(int fromCollab, int count) {
		int from = old.start.get(fromCollab);
		int n = old.start.get(fromCollab + count) - from;
		int at = kinds.size();
		grow(at + n);
		for (int g = 0; g < n; g++) {
			amounts[at + g] = old.amounts.get(from + g);
			precisions[at + g] = old.precisions.get(from + g);
		}
		dates.copy(old.dates, from, n);
		kinds.copy(from, n);
		periods.copy(from, n);
		oddDates.copy(from, n);
		sources.copy(from, n);
		confidences.copy(from, n);
		forces.copy(from, n);
		notes.copy(from, n);
		for (int c = fromCollab; c < fromCollab + count; c++) {
			if (collabs + 1 == start.length) {
				start = Arrays.copyOf(start, start.length * 2);
			}
			start[++collabs] = at + old.start.get(c + 1) - from;
		}
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
