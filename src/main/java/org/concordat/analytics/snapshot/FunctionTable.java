package org.concordat.analytics.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.concordat.function.PolicingFunction;

/** The function vocabulary; indexes are stable for the snapshot's life, deleted ones become null. */
record FunctionTable(List<String> idList, List<String> nameList, Map<String, Integer> index) {

	static FunctionTable empty() {
		return new FunctionTable(new ArrayList<>(), new ArrayList<>(), new java.util.HashMap<>());
	}

	static FunctionTable of(RegisterSnapshot s) {
		return new FunctionTable(new ArrayList<>(Arrays.asList(s.functionIds)),
				new ArrayList<>(Arrays.asList(s.functionNames)), new java.util.HashMap<>(s.functionIndex));
	}

	FunctionTable with(List<PolicingFunction> upserts, java.util.Set<String> deleted) {
		for (PolicingFunction fn : upserts) {
			Integer at = index.get(fn.id());
			if (at == null) {
				index.put(fn.id(), idList.size());
				idList.add(fn.id());
				nameList.add(fn.name());
			}
			else {
				nameList.set(at, fn.name());
			}
		}
		for (String id : deleted) {
			Integer at = index.remove(id);
			if (at != null) {
				idList.set(at, null);
			}
		}
		return this;
	}

	String[] ids() {
		return idList.toArray(String[]::new);
	}

	String[] names() {
		return nameList.toArray(String[]::new);
	}
}
