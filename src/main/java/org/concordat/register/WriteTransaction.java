package org.concordat.register;

import java.util.HashMap;
import java.util.Map;

import org.concordat.entity.Entity;
import org.concordat.web.ConflictException;
import org.neo4j.driver.exceptions.Neo4jException;
import reactor.core.publisher.Mono;

/**
 * One write transaction of the {@link RegisterWriter}, handed to the work it runs: the register is locked for
 * writing, reads see it as this transaction will change it, and what is written here commits or rolls back
 * as one. A transaction writes one change: a document upserted (maybe after creating its one new entity) or
 * one entity deleted.
 */
public final class WriteTransaction {

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private final RegisterWriter writer;

	private final long version;

	private RegisterChanged change;

	WriteTransaction(RegisterWriter writer, long version) {
		this.writer = writer;
		this.version = version;
	}

	/** This write's number in the change log: the version of every entity it writes. */
	public long version() {
		return version;
	}

	/** Upserts a document (see {@link RegisterWriter}); with {@code replace} the register is emptied first. */
	Mono<Void> upsert(RegisterDocument doc, boolean replace) {
		return Mono.defer(() -> {
			changed(RegisterChanged.upsert(doc, replace));
			return writer.steps(doc, replace, version);
		});
	}

	/**
	 * Creates the {@code kind} {@code id} with CREATE, so that the uniqueness constraint on ids refuses it if it
	 * exists (409), then upserts the document that describes it.
	 */
	Mono<Void> create(Entity kind, String id, RegisterDocument doc) {
		Mono<Void> created = writer.run(kind.create, Map.of("id", id, "version", version))
			.onErrorMap(WriteTransaction::isConstraintFailure,
					e -> new ConflictException("id", "a " + kind.noun + " with id '" + id + "' already exists"));
		return created.then(upsert(doc, false));
	}

	/** Deletes the {@code kind} {@code id}, giving its neighbours that lose a link with it a new version. */
	Mono<Void> delete(Entity kind, String id) {
		return Mono.defer(() -> {
			changed(RegisterChanged.deletion(kind, id));
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("id", id);
			parameters.put("version", version);
			return writer.run(kind.delete, parameters);
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
