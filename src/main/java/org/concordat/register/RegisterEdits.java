package org.concordat.register;

import java.util.Map;
import java.util.Objects;

import org.concordat.db.Cypher;

import org.concordat.web.ConflictException;
import org.concordat.web.InvalidInputException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Create and update of single entities, all through the same rules and the same writer as an import, so an
 * entity can never be stored in a shape the import would refuse.
 */
@Component
public class RegisterEdits {

	private final RegisterLookup lookup;

	private final RegisterWriter writer;

	private final Cypher cypher;

	private final EditRights rights;

	RegisterEdits(RegisterLookup lookup, RegisterWriter writer, Cypher cypher, EditRights rights) {
		this.lookup = lookup;
		this.writer = writer;
		this.cypher = cypher;
		this.rights = rights;
	}

	/** Creates the entity the document carries; 409 when its id is taken. */
	public Mono<Void> create(Entity entity, String id, RegisterDocument doc) {
		return lookup.exists(entity, String.valueOf(id)).flatMap(taken -> taken
				? Mono.error(new ConflictException("id", "a " + entity.noun + " with id '" + id + "' already exists"))
				: checkedWrite(doc));
	}

	/** Replaces the entity at {@code pathId}; 404 when there is none, 400 when the body names another id. */
	public Mono<Void> update(Entity entity, String pathId, String bodyId, RegisterDocument doc) {
		if (bodyId != null && !Objects.equals(bodyId, pathId)) {
			return Mono.error(new InvalidInputException("id", "must match the id in the path, '" + pathId + "'"));
		}
		return lookup.mustExist(entity, pathId, "id").then(checkedWrite(doc));
	}

	/** Deletes the entity; 404 when there is none, 409 when deleting it would lose history. */
	public Mono<Void> delete(Entity entity, String id) {
		Map<String, Object> parameters = Map.of("id", id);
		return lookup.mustExist(entity, id, "id")
			.then(rights.mayDelete(entity, id))
			.then(cypher.count(entity.blockers, parameters))
			.flatMap(blockers -> blockers > 0
					? Mono.error(new ConflictException("id", "cannot delete " + entity.noun + " '" + id + "': "
							+ entity.blockedBecause))
					: writer.run(entity.delete, parameters, RegisterChanged.deletion(entity, id)));
	}

	/** Checks who may write it (403), then the register's rules (400), then writes. */
	public Mono<Void> checkedWrite(RegisterDocument doc) {
		return rights.mayWrite(doc).then(lookup.existing(doc)).flatMap(existing -> {
			RegisterRules.check(doc, existing, true);
			return writer.write(doc, false);
		});
	}
}
