package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A column of repeated values (kinds, scopes, statuses, regions, sources, themes, ranks, topic sets, a
 * collaboration's functions) as small codes into one shared copy of each distinct value. Reading one
 * allocates nothing: the value is the shared instance, so callers must not modify an array value.
 */
final class Coded<T> {

	private final Object[] values;

	private final PackedInts codes;

	private Coded(Object[] values, PackedInts codes) {
		this.values = values;
		this.codes = codes;
	}

	@SuppressWarnings("unchecked")
	T get(int i) {
		return (T) values[codes.get(i)];
	}

	int size() {
		return codes.size();
	}

	/** How many distinct values the column holds. */
	int distinct() {
		return values.length;
	}

	/**
	 * Values equal by {@code key} (e.g. int arrays by content) share one copy; null is a value like any other.
	 * Built on an older column, rows are copied by code; values no row uses any more are dropped when built.
	 */
	static final class Builder<T> {

		private final Coded<T> old;

		private final Function<T, Object> key;

		private final Map<Object, Integer> codeOf = new HashMap<>();

		private final List<T> values = new ArrayList<>();

		private final PackedInts.Builder codes;

		private T last;

		private int lastCode;

		@SuppressWarnings("unchecked")
		Builder(Coded<T> old, int capacity, Function<T, Object> key) {
			this.old = old;
			this.key = key;
			this.codes = new PackedInts.Builder(capacity);
			for (int code = 0; old != null && code < old.values.length; code++) {
				codeOf.put(key.apply((T) old.values[code]), code);
				values.add((T) old.values[code]);
			}
		}

		static Builder<String> ofTexts(Coded<String> old, int capacity) {
			return new Builder<>(old, capacity, t -> t == null ? NullKey.NULL : t);
		}

		static Builder<int[]> ofIntArrays(Coded<int[]> old, int capacity) {
			return new Builder<>(old, capacity, IntsKey::new);
		}

		void add(T value) {
			codes.add(code(value));
		}

		void set(int i, T value) {
			codes.set(i, code(value));
		}

		/** Appends rows {@code from .. from+n-1} of the old column. */
		void copy(int from, int n) {
			codes.copy(old.codes, from, n);
		}

		int size() {
			return codes.size();
		}

		private int code(T value) {
			if (last != null && value == last) {
				return lastCode; // runs of one value (a kind repeated, a national scope) skip the hash
			}
			last = value;
			return lastCode = codeOf.computeIfAbsent(key.apply(value), k -> {
				values.add(value);
				return values.size() - 1;
			});
		}

		Coded<T> build() {
			int[] renumber = codes.renumberUsed(values.size());
			int kept = 0;
			for (int code : renumber) {
				kept += code >= 0 ? 1 : 0;
			}
			Object[] distinct = new Object[kept];
			for (int code = 0; code < renumber.length; code++) {
				if (renumber[code] >= 0) {
					distinct[renumber[code]] = values.get(code);
				}
			}
			return new Coded<>(distinct, codes.renumbered(renumber));
		}
	}

	private enum NullKey {
		NULL
	}

	/** An int array compared by content. */
	private record IntsKey(int[] values) {

		@Override
		public boolean equals(Object o) {
			return o instanceof IntsKey k && Arrays.equals(values, k.values);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(values);
		}
	}
}
