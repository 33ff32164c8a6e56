package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.analytics.snapshot.Facts.FigureFact;
import org.concordat.collaboration.Collaboration;

/** Turns a collaboration record into the facts the analytics use. */
final class CollabFacts {

	private CollabFacts() {
	}

	static Collab of(Collaboration c, Map<String, Integer> functionIndex, Map<String, Integer> collabIndex) {
		int[] functions = Texts.one(c.functions().stream().map(functionIndex::get).filter(Objects::nonNull)
			.mapToInt(Integer::intValue).sorted().toArray());
		int[] dependsOn = Texts.one(c.dependsOn().stream().map(collabIndex::get).filter(Objects::nonNull)
			.mapToInt(Integer::intValue).toArray());
		List<FigureFact> figures = c.figures().stream()
			.map(f -> new FigureFact(Texts.one(f.kind()), f.amount() == null ? 0 : f.amount(), Texts.one(f.period()),
					Day.from(f.date()), Texts.one(f.date()), Texts.one(f.force()), Texts.one(f.source()), f.note(),
					Texts.one(f.confidence())))
			.toList();
		return new Collab(c.id(), c.name(), Texts.one(c.kind()), Texts.one(c.scope()), Texts.one(c.status()),
				Day.from(c.started()),
				Day.until(c.ended()), c.annualCost(), functions, dependsOn, figures);
	}

	/** A deleted collaboration keeps its index until the next full build, and is never active. */
	static Collab tombstone(String id) {
		return new Collab(id, id, "", "", "deleted", Day.OPEN, Day.OPEN, null, new int[0], new int[0], List.of());
	}
}
