package org.concordat.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.collaboration.CollaborationWrites;
import org.concordat.collaboration.Figure;
import org.concordat.entity.Entity;
import org.concordat.entity.KnownIds;
import org.concordat.web.FieldError;
import org.concordat.web.PreconditionFailedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Imports a whole register document: checked whole, then written, in one transaction, so a refused import
 * changes nothing. {@code replace} empties the register first; {@code merge} upserts by id and memberships by
 * (force, joined), and deletes nothing. A merge checks the versions the document gives (an export carries
 * them): an entity given at a version other than its current one is refused (412), as a {@code PUT} would be;
 * entities given without one, or not in the register, are written as they are.
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

	/** Versions in the document are not checked: the register it replaces goes whole. */
	public Mono<Void> replace(RegisterDocument doc) {
		return replace(doc, null);
	}

	/**
	 * @param sha256 the digest of the document's bytes as received, for the audit (null when it came as an object)
	 */
	public Mono<Void> replace(RegisterDocument doc, String sha256) {
		return Mono.fromRunnable(() -> RegisterRules.check(doc, KnownIds.none(), false))
			.then(writer.transaction(write -> write.imported(doc, true, sha256, doc)));
	}

	public Mono<Void> merge(RegisterDocument doc) {
		return merge(doc, null);
	}

	/**
	 * @param sha256 the digest of the document's bytes as received, for the audit (null when it came as an object)
	 */
	public Mono<Void> merge(RegisterDocument doc, String sha256) {
		return mergeReporting(doc, sha256).then();
	}

	/**
	 * As {@link #merge(RegisterDocument, String)}, answering the figures left out because the register holds them
	 * edited in place since ({@link Collaboration#figuresSupersededIn}).
	 */
	public Mono<List<SupersededFigure>> mergeReporting(RegisterDocument doc, String sha256) {
		return writer.transaction(write -> checkVersions(doc).then(withExistingMembers(doc))
			.flatMap(merged -> lookup.existing(merged.doc()).flatMap(existing -> {
				RegisterRules.check(merged.doc(), existing, false);
				return write.imported(merged.doc(), false, sha256, doc).thenReturn(merged.superseded());
			})));
	}

	private record Merged(RegisterDocument doc, List<SupersededFigure> superseded) {
	}

	private Mono<Void> checkVersions(RegisterDocument doc) {
		return lookup.versions(doc).doOnNext(current -> {
			List<FieldError> stale = new ArrayList<>();
			stale(doc.functions(), "functions", Entity.FUNCTION, f -> f.id(), f -> f.version(), current, stale);
			stale(doc.forces(), "forces", Entity.FORCE, f -> f.id(), f -> f.version(), current, stale);
			stale(doc.collaborations(), "collaborations", Entity.COLLABORATION, c -> c.id(), c -> c.version(), current,
					stale);
			stale(doc.people(), "people", Entity.PERSON, p -> p.id(), p -> p.version(), current, stale);
			stale(doc.lessons(), "lessons", Entity.LESSON, l -> l.id(), l -> l.version(), current, stale);
			if (!stale.isEmpty()) {
				throw new PreconditionFailedException(stale);
			}
		}).then();
	}

	private static <T> void stale(List<T> items, String section, Entity kind, Function<T, String> id,
			Function<T, Long> version, Map<String, Map<String, Long>> current, List<FieldError> stale) {
		Map<String, Long> versions = current.getOrDefault(section, Map.of());
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			if (item == null || version.apply(item) == null) {
				continue;
			}
			Long now = versions.get(id.apply(item));
			if (now != null && !now.equals(version.apply(item))) {
				stale.add(new FieldError(section + "[" + i + "].version", "is " + version.apply(item) + " but "
						+ kind.noun + " '" + id.apply(item) + "' is now at version " + now));
			}
		}
	}

	/**
	 * Memberships already recorded stay, so cost shares and hosts are checked on what the register will hold; figures
	 * without an id that the register holds corrected since are left out (an import must not undo an edit).
	 */
	private Mono<Merged> withExistingMembers(RegisterDocument doc) {
		List<String> ids = doc.collaborations().stream().filter(c -> c != null && c.id() != null)
			.map(Collaboration::id).toList();
		return collaborations.findAll(ids)
			.collectMap(Collaboration::id, Function.identity())
			.map(existing -> {
				List<SupersededFigure> superseded = new ArrayList<>();
				List<Collaboration> merged = doc.collaborations().stream().map(c -> merged(c, existing, superseded)).toList();
				return new Merged(new RegisterDocument(doc.functions(), doc.forces(), merged, doc.people(), doc.lessons()),
						superseded.stream().distinct().toList()); // a stale figure sent twice is one figure left out
			});
	}

	private static Collaboration merged(Collaboration incoming, Map<String, Collaboration> existing,
			List<SupersededFigure> superseded) {
		Collaboration current = incoming == null ? null : existing.get(incoming.id());
		if (current == null) {
			return incoming;
		}
		List<Figure> old = incoming.figuresSupersededIn(current);
		old.forEach(f -> superseded.add(
				new SupersededFigure(incoming.id(), CollaborationWrites.figureId(incoming.id(), f))));
		return incoming.withMembers(current.membersWith(incoming.members())).withoutFigures(old);
	}
}
