package org.concordat.analytics.snapshot;

/**
 * A column of epoch days, each stored as a code into the column's own list of distinct days, in as few bits
 * as their number needs ({@link PackedInts}). A national register's 426,600 membership dates hold about
 * 6,000 distinct days: 13 bits a date instead of 32, and no value is narrowed: every int is kept exactly,
 * before 1970, far in the future, {@link Day#NEVER_BEFORE} and {@link Day#OPEN} alike. A column with more than
 * 65,536 distinct days keeps the days themselves, where codes would save little.
 */
final class DayColumn {

	private static final int MAX_CODES = 1 << 16;

	/** The distinct days, by code; null when {@link #raw} holds the days themselves. */
	private final int[] days;

	private final PackedInts codes;

	private final int[] raw;

	private DayColumn(int[] days, PackedInts codes, int[] raw) {
		this.days = days;
		this.codes = codes;
		this.raw = raw;
	}

	static DayColumn of(int[] values, int n) {
		Builder b = new Builder(null, n);
		for (int i = 0; i < n; i++) {
			b.add(values[i]);
		}
		return b.build();
	}

	int get(int i) {
		return codes != null ? days[codes.get(i)] : raw[i];
	}

	int size() {
		return codes != null ? codes.size() : raw.length;
	}

	/** Whether the column fell back to 32 bits a day (more than 65,536 distinct days). */
	boolean wide() {
		return raw != null;
	}

	/**
	 * Days appended one by one, or copied from an older column by code (an advance copies 200,000 membership
	 * dates without hashing one); days no row uses any more are dropped when built.
	 */
	static final class Builder {

		private final DayColumn old;

		private final IntCodes distinct;

		private final PackedInts.Builder rows;

		Builder(DayColumn old, int capacity) {
			this.old = old == null || old.wide() ? null : old;
			this.distinct = new IntCodes(this.old == null ? 64 : this.old.days.length);
			if (this.old != null) {
				for (int day : this.old.days) {
					distinct.codeOf(day); // the old codes stay valid
				}
			}
			this.rows = new PackedInts.Builder(capacity);
		}

		void add(int day) {
			rows.add(distinct.codeOf(day));
		}

		/** Appends rows {@code from .. from+n-1} of {@code column} (the old column, for a copy by code). */
		void copy(DayColumn column, int from, int n) {
			if (column == old && old != null) {
				for (int i = from; i < from + n; i++) {
					rows.add(old.codes.get(i));
				}
			}
			else {
				for (int i = from; i < from + n; i++) {
					add(column.get(i));
				}
			}
		}

		int size() {
			return rows.size();
		}

		DayColumn build() {
			int[] values = distinct.values();
			int n = rows.size();
			int[] renumber = rows.renumberUsed(values.length);
			int kept = 0;
			for (int code : renumber) {
				kept += code >= 0 ? 1 : 0;
			}
			if (kept > MAX_CODES) {
				int[] raw = new int[n];
				for (int i = 0; i < n; i++) {
					raw[i] = values[rows.get(i)];
				}
				return new DayColumn(null, null, raw);
			}
			int[] days = new int[kept];
			for (int code = 0; code < values.length; code++) {
				if (renumber[code] >= 0) {
					days[renumber[code]] = values[code];
				}
			}
			return new DayColumn(days, rows.renumbered(renumber), null);
		}
	}
}
