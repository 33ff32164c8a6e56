package org.concordat.register;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.concordat.collaboration.CollaborationRepository;
import org.concordat.collaboration.CollaborationWrites;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.FigureDeletes;
import org.concordat.db.Cypher;
import org.concordat.entity.Entity;
import org.concordat.entity.EntityEdits;
import org.concordat.entity.Precondition;
import org.concordat.web.ConflictException;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Create, update and delete of single entities, all through the same rules and the same writer as an import,
 * so an entity can never be stored in a shape the import would refuse. The concepts' APIs reach it through
 * {@link EntityEdits}, one bean per kind ({@link EntityEditsConfiguration}). Everything a rule reads is read inside
 * the write transaction, after it has locked the register ({@link RegisterWriter#transaction}), so the rules
 * hold however many clients write at once.
 */
@Component
public class RegisterEdits {

	private final RegisterLookup lookup;

	private final RegisterWriter writer;

	private final Cypher cypher;

	private final EditRights rights;

	private final CollaborationRepository collaborations;

	RegisterEdits(RegisterLookup lookup, RegisterWriter writer, Cypher cypher, EditRights rights,
			CollaborationRepository collaborations) {
		this.collaborations = collaborations;
		this.lookup = lookup;
		this.writer = writer;
		this.cypher = cypher;
		this.rights = rights;
	}

	/** The edits of one kind of entity, for its concept's API: each carried here as a document of that one entity. */
	<T> EntityEdits<T> of(Entity kind, Function<T, RegisterDocument> document) {
		return new EntityEdits<>() {

			@Override
			public Mono<Void> create(String id, T entity) {
				return RegisterEdits.this.create(kind, id, document.apply(entity));
			}

			@Override
			public Mono<Void> update(String pathId, String bodyId, Precondition expected, Mono<T> entity) {
				return RegisterEdits.this.update(kind, pathId, bodyId, expected, entity.map(document));
			}

			@Override
			public Mono<Void> delete(String id, Precondition expected) {
				return RegisterEdits.this.delete(kind, id, expected);
			}
		};
	}

	/** Creates the entity the document carries; 409 when its id is taken (the uniqueness constraint says so). */
	public Mono<Void> create(Entity entity, String id, RegisterDocument doc) {
		return writer.transaction(write -> checked(doc).then(Mono.defer(() -> write.create(entity, id, doc))));
	}

	/**
	 * Replaces the entity at {@code pathId} by {@code document}, which is made inside the transaction (so a
	 * document built from the entity's current state, such as a collaboration's members, is built from the
	 * state it replaces). 404 when there is none, 412 when its version is not one {@code expected} admits, 400
	 * when the body names another id.
	 */
	public Mono<Void> update(Entity entity, String pathId, String bodyId, Precondition expected,
			Mono<RegisterDocument> document) {
		if (bodyId != null && !Objects.equals(bodyId, pathId)) {
			return Mono.error(new InvalidInputException("id", "must match the id in the path, '" + pathId + "'"));
		}
		return writer.transaction(write -> expect(entity, pathId, expected).then(document)
			.flatMap(doc -> checked(doc).then(write.edit(doc))));
	}

	/**
	 * Deletes one figure of a collaboration ({@link FigureDeletes}): 404 when the collaboration or its figure is not
	 * there, 412 when stale, 403 when the principal may not write that figure; then the collaboration is written
	 * without it (a new version, the audit's before and after, the change log's entry the snapshots follow).
	 */
	Mono<Void> deleteFigure(String id, String figureId, Precondition expected) {
		return writer.transaction(write -> expect(Entity.COLLABORATION, id, expected)
			.then(Mono.defer(() -> collaborations.find(id)))
			.flatMap(c -> {
				Figure figure = c.figure(figureId)
					.orElseThrow(() -> new NotFoundException("figureId", "figure of '" + id + "'", figureId));
				return rights.mayDeleteFigure(c, figure)
					.then(Mono.defer(() -> write.edit(RegisterDocument.ofCollaborations(List.of(c.withoutFigure(figureId))),
							CollaborationWrites.DELETE_FIGURE, Map.of("collaboration", id, "figure", figureId))));
			}));
	}

	/** Deletes the entity; 404 when there is none, 412 when stale, 409 when deleting it would lose history. */
	public Mono<Void> delete(Entity entity, String id, Precondition expected) {
		return writer.transaction(write -> expect(entity, id, expected)
			.then(rights.mayDelete(entity, id))
			.then(cypher.count(entity.blockers, Map.of("id", id)))
			.flatMap(blockers -> blockers > 0
					? Mono.error(new ConflictException("id", "cannot delete " + entity.noun + " '" + id + "': "
							+ entity.blockedBecause))
					: write.delete(entity, id)));
	}

	private Mono<Void> expect(Entity entity, String id, Precondition expected) {
		return lookup.version(entity, id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("id", entity.noun, id)))
			.doOnNext(current -> expected.check(entity.noun, id, current))
			.then();
	}

	/**
	 * Who may write it (403, {@link EditRights}), then the rules for one entity sent to its own endpoint (400),
	 * both against the register as the transaction sees it.
	 */
	private Mono<Void> checked(RegisterDocument doc) {
		return rights.mayWrite(doc)
			.then(Mono.defer(() -> lookup.existing(doc)))
			.doOnNext(existing -> RegisterRules.check(doc, existing, true))
			.then();
	}
}
