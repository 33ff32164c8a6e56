package org.concordat.analytics.snapshot;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** An unmodifiable list whose elements are made on each read, from a table's row. */
final class Rows<T> extends AbstractList<T> implements RandomAccess {

	private final int size;

	private final IntFunction<T> row;

	Rows(int size, IntFunction<T> row) {
		this.size = size;
		this.row = row;
	}

	@Override
	public T get(int i) {
		return row.apply(java.util.Objects.checkIndex(i, size));
	}

	@Override
	public int size() {
		return size;
	}
}
