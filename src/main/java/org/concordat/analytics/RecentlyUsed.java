package org.concordat.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A few values derived from one snapshot, by key (a date, a date and a topic), the least recently used dropped
 * first once more than {@code keep} are held. Kept with the snapshot (see
 * {@link org.concordat.analytics.snapshot.storage.RegisterSnapshot#derived}), so it never goes stale.
 */
public final class RecentlyUsed<K, V> {

	private final Map<K, V> values;

	public RecentlyUsed(int keep) {
		this.values = map(keep);
	}

	/** A map in access order that drops its least recently used entry once it holds more than {@code keep}. */
	public static <K, V> Map<K, V> map(int keep) {
		return new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > keep;
			}
		};
	}

	public V get(K key, Supplier<V> compute) {
		synchronized (values) {
			V value = values.get(key);
			if (value != null) {
				return value;
			}
		}
		V value = compute.get(); // outside the lock: two first askers may both compute, one wins
		synchronized (values) {
			return values.computeIfAbsent(key, k -> value);
		}
	}
}
