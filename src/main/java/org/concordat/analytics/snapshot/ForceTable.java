package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.concordat.force.Force;

/** Forces as parallel arrays; a deleted force keeps its index with a null id until the next full build. */
record ForceTable(List<String> idList, List<String> nameList, List<String> regionList, List<Double> lats, List<Double> lons,
		Map<String, Integer> index) {

	static ForceTable empty() {
		return new ForceTable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new java.util.HashMap<>());
	}

	static ForceTable of(RegisterSnapshot s) {
		ForceTable t = empty();
		for (int f = 0; f < s.forceIds.length; f++) {
			t.put(f, s.forceIds[f], s.forceNames[f], s.forceRegions[f], s.forceLat[f], s.forceLon[f]);
		}
		return t;
	}

	ForceTable with(List<Force> upserts, java.util.Set<String> deleted) {
		for (Force force : upserts) {
			Force.Headquarters hq = force.hq();
			put(index.getOrDefault(force.id(), idList.size()), force.id(), force.name(), force.region(),
					hq == null || hq.lat() == null ? Double.NaN : hq.lat(),
					hq == null || hq.lon() == null ? Double.NaN : hq.lon());
		}
		for (String id : deleted) {
			Integer f = index.remove(id);
			if (f != null) {
				idList.set(f, null);
			}
		}
		return this;
	}

	private void put(int f, String id, String name, String region, double lat, double lon) {
		if (f == idList.size()) {
			idList.add(id);
			nameList.add(name);
			regionList.add(Texts.one(region));
			lats.add(lat);
			lons.add(lon);
		}
		else {
			idList.set(f, id);
			nameList.set(f, name);
			regionList.set(f, Texts.one(region));
			lats.set(f, lat);
			lons.set(f, lon);
		}
		if (id != null) {
			index.put(id, f);
		}
	}

	String[] ids() {
		return idList.toArray(String[]::new);
	}

	String[] names() {
		return nameList.toArray(String[]::new);
	}

	String[] regions() {
		return regionList.toArray(String[]::new);
	}

	double[] lat() {
		return lats.stream().mapToDouble(Double::doubleValue).toArray();
	}

	double[] lon() {
		return lons.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
