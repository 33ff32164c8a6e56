package org.concordat.collaboration;

import java.net.URI;
import java.util.List;

import org.concordat.entity.Checks;
import org.concordat.entity.EntityEdits;
import org.concordat.entity.PartialDate;
import org.concordat.entity.Precondition;
import org.concordat.web.ConflictException;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.concordat.web.Paging;
import org.springframework.http.MediaType;
import org.concordat.web.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
// produces: a client that will not take JSON is refused (406) before a write is made, not after
@RequestMapping(path = "/api/collaborations", produces = MediaType.APPLICATION_JSON_VALUE)
class CollaborationController {

	private final CollaborationRepository collaborations;

	private final EntityEdits<Collaboration> edits;

	CollaborationController(CollaborationRepository collaborations, EntityEdits<Collaboration> edits) {
		this.collaborations = collaborations;
		this.edits = edits;
	}

	@GetMapping
	Mono<ResponseEntity<List<Collaboration>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String function, @RequestParam(required = false) String region,
			@RequestParam(required = false) String at, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		if (status != null && !CollaborationRules.STATUSES.contains(status)) {
			throw new InvalidInputException("status", "'" + status + "' is not one of active, ended, proposed");
		}
		Paging paging = Paging.of(limit, offset);
		var filter = new CollaborationFilter(status, function, region, at == null ? null : PartialDate.at(at, "at"), q);
		return Mono.zip(collaborations.count(filter), collaborations.list(filter, paging).collectList())
			.map(page -> Paging.page(page.getT1(), page.getT2()));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<Collaboration>> one(@PathVariable String id) {
		return existing(id).map(CollaborationController::tagged);
	}

	@PostMapping
	Mono<ResponseEntity<Collaboration>> create(@RequestBody Collaboration collaboration) {
		return edits.create(collaboration.id(), collaboration)
			.then(Mono.defer(() -> collaborations.find(collaboration.id())))
			.map(saved -> Versioned.created(URI.create("/api/collaborations/" + saved.id()), saved, saved.version()));
	}

	/**
	 * Replaces the collaboration's fields; memberships in the body are upserted, the others stay (history).
	 * The members it keeps are those of the version it replaces, read in the write transaction.
	 */
	@PutMapping("/{id}")
	Mono<ResponseEntity<Collaboration>> update(@PathVariable String id, @RequestBody Collaboration collaboration,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.required(ifMatch, collaboration.version());
		Mono<Collaboration> replaced = existing(id).map(current ->
				collaboration.withId(id).withMembers(current.membersWith(collaboration.members()))
					.withoutFigures(collaboration.withId(id).figuresSupersededIn(current)));
		return edits.update(id, collaboration.id(), expected, replaced)
			.then(existing(id))
			.map(CollaborationController::tagged);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return edits.delete(id, Precondition.required(ifMatch, null))
			.thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Adds a membership. No version is needed (If-Match is checked when sent): a join changes no field a
	 * client sent, and its rules (the key not taken, shares, one host) are checked against the members as the
	 * write transaction reads them, with the register locked, so concurrent joins cannot together break them.
	 */
	@PostMapping("/{id}/members")
	Mono<ResponseEntity<Collaboration>> join(@PathVariable String id, @RequestBody Membership membership,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Precondition expected = Precondition.optional(ifMatch);
		Mono<Collaboration> joined = existing(id).map(current -> {
			if (current.members().stream().anyMatch(m -> m.sameKey(membership))) {
				throw new ConflictException("joined", "'" + membership.force() + "' already has a membership joined "
						+ membership.joined() + "; record a withdrawal first");
			}
			return current.withMembers(current.membersWith(List.of(membership)));
		});
		return edits.update(id, null, expected, joined)
			.then(existing(id))
			.map(saved -> Versioned.created(URI.create("/api/collaborations/" + id), saved, saved.version()));
	}

	/** Ends the force's current membership; like a join, safe without a version, checked with one if sent. */
	@PostMapping("/{id}/members/{force}/withdrawal")
	Mono<ResponseEntity<Collaboration>> withdraw(@PathVariable String id, @PathVariable String force,
			@RequestBody Withdrawal withdrawal,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Checks checks = new Checks();
		if (withdrawal.left() == null) {
			checks.add("left", "is required: when the force left, as YYYY, YYYY-MM or YYYY-MM-DD");
		}
		checks.date("left", withdrawal.left());
		if (!checks.errors().isEmpty()) {
			throw new InvalidInputException(checks.errors());
		}
		Precondition expected = Precondition.optional(ifMatch);
		Mono<Collaboration> withdrawn = existing(id).map(current -> {
			Membership open = current.members().stream()
				.filter(m -> m.force().equals(force) && !m.hasLeft())
				.findFirst()
				.orElseThrow(() -> new NotFoundException("force", "current membership of '" + id + "' for force", force));
			return current.withMembers(current.membersWith(List.of(open.withLeft(withdrawal.left()))));
		});
		return edits.update(id, null, expected, withdrawn)
			.then(existing(id))
			.map(CollaborationController::tagged);
	}

	private static ResponseEntity<Collaboration> tagged(Collaboration collaboration) {
		return Versioned.ok(collaboration, collaboration.version());
	}

	private Mono<Collaboration> existing(String id) {
		return collaborations.find(id).switchIfEmpty(Mono.error(new NotFoundException("id", "collaboration", id)));
	}

	/** The body of a withdrawal: when the force left, at the precision known. */
	record Withdrawal(String left) {
	}
}
