package org.concordat.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.audit.AuditedWrite;
import org.concordat.audit.DocumentSummary;
import org.concordat.entity.Entity;
import org.concordat.web.ConflictException;
import org.neo4j.driver.exceptions.Neo4jException;
import reactor.core.publisher.Mono;

/**
 * One write transaction of the {@link RegisterWriter}, handed to the work it runs: the register is locked for
 * writing, reads see it as this transaction will change it, and what is written here commits or rolls back
 * as one. A transaction writes one change: an edit (an entity created or replaced), an import, or one entity
 * deleted. Each kind says what the audit records of it: an edit or a delete each field of the entity before
 * and after (read in this transaction, before and after it writes), an import its counts and digest.
 */
public final class WriteTransaction {

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private final RegisterWriter writer;

	private final EntityStates states;

	private final long version;

	private RegisterChanged change;

	private AuditedWrite audit;

	WriteTransaction(RegisterWriter writer, EntityStates states, long version) {
		this.writer = writer;
		this.states = states;
		this.version = version;
	}

	/** This write's number in the change log: the version of every entity it writes. */
	public long version() {
		return version;
	}

	/**
	 * Upserts a whole document as an import (see {@link RegisterWriter}); with {@code replace} the register is
	 * emptied first. The audit records one entry with the digest of the document as received and its counts
	 * ({@code received}, which for a merge is the document before the memberships already recorded were added).
	 */
	Mono<Void> imported(RegisterDocument doc, boolean replace, String sha256, RegisterDocument received) {
		return Mono.defer(() -> {
			changed(RegisterChanged.upsert(doc, replace));
			DocumentSummary summary = new DocumentSummary(replace ? "replace" : "merge", sha256, null,
					received.counts(), "done", null);
			audit = AuditedWrite.imported(summary, EntityStates.keys(doc), replace);
			return writer.steps(doc, replace, version);
		});
	}

	/**
	 * Upserts the document that carries the one entity an edit changes (a join and a withdrawal are edits of
	 * their collaboration), recording each of its fields before and after.
	 */
	Mono<Void> edit(RegisterDocument doc) {
		return states.of(doc).flatMap(before -> upsertAudited("update", doc, before, Mono.empty()));
	}

	/**
	 * Runs {@code statement} first (taking away what the document's upsert would keep, such as a figure), then
	 * upserts the document, recording each of its entity's fields before and after, as an edit.
	 */
	Mono<Void> edit(RegisterDocument doc, String statement, Map<String, Object> parameters) {
		return states.of(doc).flatMap(before -> upsertAudited("update", doc, before, writer.run(statement, parameters)));
	}

	/**
	 * Creates the {@code kind} {@code id} with CREATE, so that the uniqueness constraint on ids refuses it if it
	 * exists (409), then upserts the document that describes it.
	 */
	Mono<Void> create(Entity kind, String id, RegisterDocument doc) {
		Mono<Void> created = writer.run(kind.create, Map.of("id", id, "version", version))
			.onErrorMap(WriteTransaction::isConstraintFailure,
					e -> new ConflictException("id", "a " + kind.noun + " with id '" + id + "' already exists"));
		return states.of(doc).flatMap(before -> upsertAudited("create", doc, before, created));
	}

	/**
	 * Deletes the {@code kind} {@code id}, giving its neighbours that lose a link with it a new version; the
	 * change names them too.
	 */
	Mono<Void> delete(Entity kind, String id) {
		return states.of(kind, id).flatMap(before -> writer.linked(kind, id).flatMap(linked -> {
			changed(RegisterChanged.deletion(kind, id, linked));
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("id", id);
			parameters.put("version", version);
			return writer.run(kind.delete, parameters)
				.then(Mono.fromRunnable(() -> audit = states.change("delete", List.of(EntityFields.key(kind, id)),
						before, new EntityStates.States(Map.of(), Map.of()))));
		}));
	}

	private Mono<Void> upsertAudited(String action, RegisterDocument doc, EntityStates.States before, Mono<Void> first) {
		return Mono.defer(() -> {
			changed(RegisterChanged.upsert(doc, false));
			return first.then(writer.steps(doc, false, version))
				.then(Mono.defer(() -> states.of(doc)))
				.doOnNext(after -> audit = states.change(action, EntityStates.keys(doc), before, after))
				.then();
		});
	}

	/** Whether anything was written (a transaction refused before writing tells no listener). */
	boolean wrote() {
		return change != null;
	}

	/** What to record in the change log; a transaction that wrote nothing still fills its number. */
	RegisterChanged change() {
		return change != null ? change : RegisterChanged.upsert(RegisterDocument.empty(), false);
	}

	/** What to record in the audit: nothing when nothing was written. */
	AuditedWrite audit() {
		return audit;
	}

	private void changed(RegisterChanged next) {
		if (change != null) {
			throw new IllegalStateException("a write transaction makes one change; this one already made " + change);
		}
		change = next;
	}

	private static boolean isConstraintFailure(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && CONSTRAINT_FAILED.equals(neo4j.code())) {
				return true;
			}
		}
		return false;
	}
}
