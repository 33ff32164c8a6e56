package org.concordat.register;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Imports a whole register document: checked whole first, then written in one transaction, so a refused
 * import changes nothing. {@code replace} empties the register first; {@code merge} upserts by id and
 * memberships by (force, joined), and deletes nothing.
 */
@Component
public class RegisterImport {

	private final RegisterLookup lookup;

	private final CollaborationRepository collaborations;

	private final RegisterWriter writer;

	RegisterImport(RegisterLookup lookup, CollaborationRepository collaborations, RegisterWriter writer) {
		this.lookup = lookup;
		this.collaborations = collaborations;
		this.writer = writer;
	}

	public Mono<Void> replace(RegisterDocument doc) {
		return Mono.fromRunnable(() -> RegisterRules.check(doc, KnownIds.none(), false))
			.then(writer.write(doc, true));
	}

	public Mono<Void> merge(RegisterDocument doc) {
		return withExistingMembers(doc).flatMap(merged -> lookup.existing(merged).flatMap(existing -> {
			RegisterRules.check(merged, existing, false);
			return writer.write(merged, false);
		}));
	}

	/** Memberships already recorded stay, so cost shares and hosts are checked on what the register will hold. */
	private Mono<RegisterDocument> withExistingMembers(RegisterDocument doc) {
		List<String> ids = doc.collaborations().stream().filter(c -> c != null && c.id() != null)
			.map(Collaboration::id).toList();
		return collaborations.findAll(ids)
			.collectMap(Collaboration::id, Function.identity())
			.map(existing -> new RegisterDocument(doc.functions(), doc.forces(),
					doc.collaborations().stream().map(c -> merged(c, existing)).toList(), doc.people(), doc.lessons()));
	}

	private static Collaboration merged(Collaboration incoming, Map<String, Collaboration> existing) {
		Collaboration current = incoming == null ? null : existing.get(incoming.id());
		return current == null ? incoming : incoming.withMembers(current.membersWith(incoming.members()));
	}
}
