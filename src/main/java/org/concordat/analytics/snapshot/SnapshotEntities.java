package org.concordat.analytics.snapshot;

import java.util.List;

import org.concordat.analytics.snapshot.Facts.Collab;
import org.concordat.analytics.snapshot.Facts.FigureFact;

/**
 * The forces, functions and collaborations of a {@link RegisterSnapshot}: the half of its public accessors
 * that reads per-entity columns, kept apart so neither file grows past a screenful or two. Package-private:
 * callers only ever see {@link RegisterSnapshot}, which inherits these methods.
 *
 * <p>Loops over every collaboration read the primitive accessors ({@link #collabStarted},
 * {@link #collabFunctions}, …), which allocate nothing, rather than {@link #collab(int)}, which makes a
 * record and decodes two texts.
 */
abstract sealed class SnapshotEntities permits RegisterSnapshot {

	final ForceTable forces;

	final FunctionTable functions;

	final CollabTable collabs;

	SnapshotEntities(ForceTable forces, FunctionTable functions, CollabTable collabs) {
		this.forces = forces;
		this.functions = functions;
		this.collabs = collabs;
	}

	public int forceCount() {
		return forces.size();
	}

	/** The force's index, or -1 when the register has no such force. */
	public int force(String id) {
		return forces.index.find(id);
	}

	/** The force's id, null for a force deleted since the last full build. */
	public String forceId(int f) {
		return forces.ids.get(f);
	}

	public String forceName(int f) {
		return forces.names.get(f);
	}

	public String region(int f) {
		return forces.regions.get(f);
	}

	public double lat(int f) {
		return forces.lat.get(f);
	}

	public double lon(int f) {
		return forces.lon.get(f);
	}

	public int functionCount() {
		return functions.size();
	}

	public int function(String id) {
		return functions.index.find(id);
	}

	public String functionId(int fn) {
		return functions.ids.get(fn);
	}

	public int collabCount() {
		return collabs.size();
	}

	/** The collaboration's index, or -1. */
	public int collab(String id) {
		return collabs.index.find(id);
	}

	/** The collaboration as a record, made on each call (its figures are read when iterated). */
	public Collab collab(int c) {
		return collabs.get(c);
	}

	public String collabId(int c) {
		return collabs.ids.get(c);
	}

	/** {@code collabId(a).compareTo(collabId(b))}, without decoding either id. */
	public int compareCollabIds(int a, int b) {
		return collabs.ids.compare(a, b);
	}

	/** {@code collab(c).name()}, without the rest of the record. */
	public String collabName(int c) {
		return collabs.names.get(c);
	}

	/** {@code collab(c).annualCost()}, without the rest of the record. */
	public Double collabAnnualCost(int c) {
		return collabs.cost(c);
	}

	/** {@code collab(c).figures()}, without the rest of the record. */
	public List<FigureFact> collabFigures(int c) {
		return collabs.figures.of(c);
	}

	public String collabKind(int c) {
		return collabs.kinds.get(c);
	}

	public String collabStatus(int c) {
		return collabs.statuses.get(c);
	}

	/** {@code collab(c).started()}: an epoch day, {@link Day#NEVER_BEFORE} when not known. */
	public int collabStarted(int c) {
		return collabs.started.get(c);
	}

	/** {@code collab(c).ended()}: an epoch day, {@link Day#OPEN} while it lasts. */
	public int collabEnded(int c) {
		return collabs.ended.get(c);
	}

	/** {@code collab(c).functions()}, ascending; shared with other collaborations: never modify it. */
	public int[] collabFunctions(int c) {
		return collabs.functions.get(c);
	}

	/** {@code collab(c).dependsOn()}; shared: never modify it. */
	public int[] collabDependsOn(int c) {
		return collabs.dependsOn.get(c);
	}

	/** Whether collaboration {@code c} is active at {@code day}; the same test as {@link Collab#activeAt}. */
	public boolean collabActiveAt(int c, int day) {
		return collabs.activeAt(c, day);
	}

	public boolean national(int c) {
		return collabs.national(c);
	}
}
