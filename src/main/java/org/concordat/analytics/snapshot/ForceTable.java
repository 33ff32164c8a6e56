package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.force.Force;

/**
 * Forces as columns: ids in a byte pool, names as word codes ({@link WordColumn}), regions as codes (50 of them
 * for 17,541 forces), the headquarters' coordinates as exact decimals ({@link Doubles}; NaN when unknown). A
 * deleted force keeps its row with a null id until the next full build, so membership numbers and force
 * indexes stay valid across an advance.
 */
final class ForceTable {

	final TextColumn ids;

	final WordColumn names;

	final Coded<String> regions;

	final Doubles lat;

	final Doubles lon;

	final IdIndex index;

	private ForceTable(TextColumn ids, WordColumn names, Coded<String> regions, Doubles lat, Doubles lon) {
		this.ids = ids;
		this.names = names;
		this.regions = regions;
		this.lat = lat;
		this.lon = lon;
		this.index = new IdIndex(ids);
	}

	int size() {
		return ids.size();
	}

	static ForceTable of(List<Force> forces) {
		return with(null, forces, Set.of());
	}

	/** The old table with these forces added or replaced and these removed; the old one itself if none. */
	static ForceTable with(ForceTable old, List<Force> upserts, Set<String> deleted) {
		if (old != null && upserts.isEmpty() && deleted.isEmpty()) {
			return old;
		}
		int n = old == null ? 0 : old.size();
		int capacity = n + upserts.size();
		TextColumnBuilder ids = new TextColumnBuilder(old == null ? null : old.ids, capacity, false);
		WordColumnBuilder names = new WordColumnBuilder(old == null ? null : old.names, capacity);
		Coded.Builder<String> regions = Coded.Builder.ofTexts(old == null ? null : old.regions, capacity);
		double[] lat = new double[capacity];
		double[] lon = new double[capacity];
		if (old != null) {
			ids.copy(0, n);
			names.copy(0, n);
			regions.copy(0, n);
		}
		for (int f = 0; f < n; f++) {
			lat[f] = old.lat.get(f);
			lon[f] = old.lon.get(f);
		}
		Map<String, Integer> added = new HashMap<>();
		for (Force force : upserts) {
			int f = old == null ? -1 : old.index.find(force.id());
			if (f < 0) {
				f = added.computeIfAbsent(force.id(), id -> ids.size());
			}
			Force.Headquarters hq = force.hq();
			lat[f] = hq == null || hq.lat() == null ? Double.NaN : hq.lat();
			lon[f] = hq == null || hq.lon() == null ? Double.NaN : hq.lon();
			if (f == ids.size()) {
				ids.add(force.id());
				names.add(force.name());
				regions.add(force.region());
			}
			else {
				ids.set(f, force.id());
				names.set(f, force.name());
				regions.set(f, force.region());
			}
		}
		for (String id : deleted) {
			int f = old == null ? -1 : old.index.find(id);
			Integer fresh = added.get(id);
			if (fresh != null || f >= 0) {
				ids.set(fresh != null ? fresh : f, null);
			}
		}
		int size = ids.size();
		return new ForceTable(ids.build(), names.build(), regions.build(), Doubles.of(lat, size), Doubles.of(lon, size));
	}
}
