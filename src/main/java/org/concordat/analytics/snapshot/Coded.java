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

	/** Values equal by {@code key} (e.g. int arrays by content) share one copy; null is a value like any other. */
	static final class Builder<T> {

		private final Function<T, Object> key;

		private final Map<Object, Integer> codeOf = new HashMap<>();

		private final List<T> values = new ArrayList<>();

		private final PackedInts.Builder codes;

		private T last;

		private int lastCode;

		Builder(int capacity, Function<T, Object> key) {
			this.key = key;
			this.codes = new PackedInts.Builder(capacity);
		}

		static Builder<String> ofTexts(int capacity) {
			return new Builder<>(capacity, t -> t == null ? NullKey.NULL : t);
		}

		static Builder<int[]> ofIntArrays(int capacity) {
			return new Builder<>(capacity, IntsKey::new);
		}

		void add(T value) {
			codes.add(code(value));
		}

		void set(int i, T value) {
			codes.set(i, code(value));
		}

		int size() {
			return codes.size();
		}

		private int code(T value) {
			if (last != null && value == last) {
				return lastCode; // runs of one value (copied rows, a kind repeated) skip the hash
			}
			last = value;
			return lastCode = codeOf.computeIfAbsent(key.apply(value), k -> {
				values.add(value);
				return values.size() - 1;
			});
		}

		Coded<T> build() {
			return new Coded<>(values.toArray(), codes.build());
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
