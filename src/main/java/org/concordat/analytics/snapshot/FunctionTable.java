package org.concordat.analytics.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.function.PolicingFunction;

/** The function vocabulary; indexes are stable for the snapshot's life, deleted ones get a null id. */
final class FunctionTable {

	final TextColumn ids;

	final WordColumn names;

	final IdIndex index;

	private FunctionTable(TextColumn ids, WordColumn names) {
		this.ids = ids;
		this.names = names;
		this.index = new IdIndex(ids);
	}

	int size() {
		return ids.size();
	}

	static FunctionTable of(List<PolicingFunction> functions) {
		return with(null, functions, Set.of());
	}

	/** The old table with these functions added or renamed and these removed; the old one itself if none. */
	static FunctionTable with(FunctionTable old, List<PolicingFunction> upserts, Set<String> deleted) {
		if (old != null && upserts.isEmpty() && deleted.isEmpty()) {
			return old;
		}
		int n = old == null ? 0 : old.size();
		TextColumnBuilder ids = new TextColumnBuilder(old == null ? null : old.ids, n + upserts.size(), false);
		WordColumnBuilder names = new WordColumnBuilder(old == null ? null : old.names, n + upserts.size());
		if (old != null) {
			ids.copy(0, n);
			names.copy(0, n);
		}
		Map<String, Integer> added = new HashMap<>();
		for (PolicingFunction fn : upserts) {
			int at = old == null ? -1 : old.index.find(fn.id());
			Integer fresh = added.get(fn.id());
			if (at < 0 && fresh == null) {
				added.put(fn.id(), ids.size());
				ids.add(fn.id());
				names.add(fn.name());
			}
			else {
				names.set(at >= 0 ? at : fresh, fn.name());
			}
		}
		for (String id : deleted) {
			int at = old == null ? -1 : old.index.find(id);
			Integer fresh = added.get(id);
			if (at >= 0 || fresh != null) {
				ids.set(at >= 0 ? at : fresh, null);
			}
		}
		return new FunctionTable(ids.build(), names.build());
	}
}
