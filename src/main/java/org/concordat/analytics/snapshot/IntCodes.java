package org.concordat.analytics.snapshot;

import java.util.Arrays;

/** Codes for distinct ints, in order of first appearance: an open-addressing map from value to code. */
final class IntCodes {

	private int[] keys;

	private int[] slots; // code + 1, 0 when empty

	private int size;

	IntCodes(int capacity) {
		int n = Integer.highestOneBit(Math.max(capacity, 8) * 2 - 1) * 2;
		keys = new int[n / 2];
		slots = new int[n];
	}

	int codeOf(int value) {
		int mask = slots.length - 1;
		for (int i = mix(value) & mask;; i = (i + 1) & mask) {
			int slot = slots[i];
			if (slot == 0) {
				if (size == keys.length) {
					grow();
					return codeOf(value);
				}
				keys[size] = value;
				slots[i] = ++size;
				return size - 1;
			}
			if (keys[slot - 1] == value) {
				return slot - 1;
			}
		}
	}

	int[] values() {
		return Arrays.copyOf(keys, size);
	}

	private void grow() {
		int[] old = Arrays.copyOf(keys, size);
		keys = new int[old.length * 2];
		slots = new int[old.length * 4];
		size = 0;
		for (int v : old) {
			codeOf(v);
		}
	}

	private static int mix(int v) {
		int h = v * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
