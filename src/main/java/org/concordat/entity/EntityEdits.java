package org.concordat.entity;

import reactor.core.publisher.Mono;

/**
 * Create, update and delete of one kind of entity, as its concept's API offers them. The register makes each
 * edit ({@code org.concordat.register.RegisterEdits}): one transaction of its one writer, in which who may make
 * it, the entity's version and the same rules as an import are checked against the register as the transaction
 * sees it, so an entity can never be stored in a shape an import would refuse. The concepts depend on this
 * interface, the register on the concepts: no cycle.
 *
 * @param <T> the concept's record, e.g. {@code Force}
 */
public interface EntityEdits<T> {

	/** Creates the entity; 409 when its id is taken. */
	Mono<Void> create(String id, T entity);

	/**
	 * Replaces the entity at {@code pathId} by {@code entity}, which is made inside the transaction (so an entity
	 * built from the current state, such as a collaboration's members, is built from the state it replaces). 404
	 * when there is none, 412 when its version is not one {@code expected} admits, 400 when the body names another
	 * id ({@code bodyId}, null when the body names none).
	 */
	Mono<Void> update(String pathId, String bodyId, Precondition expected, Mono<T> entity);

	/** Deletes the entity; 404 when there is none, 412 when stale, 409 when deleting it would lose history. */
	Mono<Void> delete(String id, Precondition expected);
}
