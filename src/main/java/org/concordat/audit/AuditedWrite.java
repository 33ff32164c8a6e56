package org.concordat.audit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a write tells the audit about itself, beside who made it and when (which the {@link AuditLog} learns
 * from the {@link org.concordat.security.Actor}).
 *
 * @param action {@code create}, {@code update}, {@code delete}, {@code import} or {@code bulk-load}
 * @param changes each entity it changed, field by field (empty for an import or a bulk load)
 * @param forces the forces whose editors see the entry: those the change concerned when it was made
 * @param subjects the entities ({@code kind:id}) whose history it belongs to
 * @param wholeRegister whether it may have changed any entity (a replacing import, a bulk load): it then belongs
 *        to every entity's history
 * @param document for an import or a bulk load, what it read and wrote
 */
public record AuditedWrite(String action, List<EntityChange> changes, Set<String> forces, List<String> subjects,
		boolean wholeRegister, DocumentSummary document) {

	public AuditedWrite {
		changes = List.copyOf(changes);
		forces = new TreeSet<>(forces);
		subjects = subjects.stream().distinct().toList();
	}

	/** A change to named entities, each field before and after. */
	public static AuditedWrite of(String action, List<EntityChange> changes, Set<String> forces) {
		return new AuditedWrite(action, changes, forces, changes.stream().map(EntityChange::entity).toList(), false,
				null);
	}

	/**
	 * An import: one entry with its counts and digest. A merge belongs to the history of each entity the document
	 * names; a replace to every entity's (it emptied the register first). Imports are admins' work: no editor sees them.
	 */
	public static AuditedWrite imported(DocumentSummary document, List<String> named, boolean replace) {
		return new AuditedWrite("import", List.of(), Set.of(), replace ? List.of() : named, replace, document);
	}

	/** A bulk load: one entry, begun before its first batch and completed when it ends. */
	public static AuditedWrite bulkLoad(DocumentSummary document) {
		return new AuditedWrite("bulk-load", List.of(), Set.of(), List.of(), true, document);
	}
}
