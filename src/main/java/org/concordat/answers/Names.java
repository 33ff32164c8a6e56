package org.concordat.answers;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/** Ids as the names a reader knows them by, from the snapshot the answer was worked out on. */
public record Names(RegisterSnapshot snapshot) {

	public String force(String id) {
		int f = snapshot.force(id);
		return f < 0 ? id : snapshot.forceProfile(f).name();
	}

	public List<String> forces(List<String> ids) {
		List<String> named = new ArrayList<>(ids.size());
		for (String id : ids) {
			named.add(force(id));
		}
		return named;
	}

	public String collaboration(String id) {
		int c = snapshot.collab(id);
		return c < 0 ? id : snapshot.collab(c).name();
	}

	public List<String> collaborations(List<String> ids) {
		List<String> named = new ArrayList<>(ids.size());
		for (String id : ids) {
			named.add(collaboration(id));
		}
		return named;
	}

	/** The function's name in the register; an id the register does not hold (a free topic) with its hyphens as spaces. */
	public String function(String id) {
		int fn = snapshot.function(id);
		return fn < 0 ? id.replace('-', ' ') : snapshot.functionName(fn);
	}

	public List<String> functions(List<String> ids) {
		List<String> named = new ArrayList<>(ids.size());
		for (String id : ids) {
			named.add(function(id));
		}
		return named;
	}
}
