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
		return named(ids, this::force);
	}

	public String collaboration(String id) {
		int c = snapshot.collab(id);
		return c < 0 ? id : snapshot.collab(c).name();
	}

	public List<String> collaborations(List<String> ids) {
		return named(ids, this::collaboration);
	}

	/** The function's name in the register; an id the register does not hold (a free topic) with its hyphens as spaces. */
	public String function(String id) {
		int fn = snapshot.function(id);
		return fn < 0 ? id.replace('-', ' ') : snapshot.functionName(fn);
	}

	public List<String> functions(List<String> ids) {
		return named(ids, this::function);
	}

	/** A loop, not a stream: every withdrawal summary names a few dozen ids. */
	private static List<String> named(List<String> ids, java.util.function.UnaryOperator<String> name) {
		List<String> named = new ArrayList<>(ids.size());
		for (String id : ids) {
			named.add(name.apply(id));
		}
		return named;
	}
}
